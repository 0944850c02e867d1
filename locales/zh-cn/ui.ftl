# docloc UI strings: Chinese, Simplified (China) (zh-cn). Notes for translators: locales/en-us/ui.ftl.
# `language-name` is Microsoft Learn's name for this locale, shown instead of CLDR's.

language-name = 中文(简体)

skip-to-content = 跳转至主内容
menu = 菜单
table-of-contents = 目录
in-this-article = 本文内容
language-switcher = 语言
breadcrumb = 痕迹导航
footer-text = 提供各种语言的内容，使用 docloc 构建

article-date = 上次更新时间：{ $date }

fallback-notice = 此页面尚无{ $locale }版本。你正在阅读的是{ $fallback }版本。
fallback-badge = 未翻译

alert-note = 备注
alert-tip = 提示
alert-important = 重要
alert-caution = 注意
alert-warning = 警告

image-enlarge = 选择以放大
image-description = 图像说明
video-link = 观看视频
tab-list-label = 选择选项卡

redirect-title = 页面已移动
redirect-notice = 此页面已移至 { $url }。
redirect-link = 转到新页面

root-choose-language = 选择你的语言
landing-more = 查看更多
hub-highlights = 精选内容
stale-notice = 此翻译早于此页面的最新版本。
stale-notice-sections = 此后已更改的部分：{ $sections }。
stale-newest-link = 阅读最新版本（{ $language }）
switcher-stale = 旧版本
