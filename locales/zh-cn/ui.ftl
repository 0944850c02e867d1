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


## Search

search = 搜索
search-results = 搜索结果
search-no-results = 没有与“{ $query }”匹配的结果
search-loading = 正在搜索…
search-unavailable = 此处无法使用搜索。

## Page not found (404.html)

not-found-title = 找不到页面
not-found-text = 你要查找的页面不存在或已被移动。
not-found-home = 转到主页

## End of an article

article-navigation = 上一篇和下一篇文章
previous-article = 上一篇
next-article = 下一篇

## Code blocks

code-copy = 复制
code-copied = 已复制
code-language = 代码语言

## Page actions and notices

edit-page = 编辑
mt-notice = 本文为机器翻译。
mt-notice-source = 原始版本：{ $locale }
