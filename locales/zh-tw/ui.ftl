# docloc UI strings: Chinese, Traditional (Taiwan) (zh-tw). Notes for translators: locales/en-us/ui.ftl.
# `language-name` is Microsoft Learn's name for this locale, shown instead of CLDR's.

language-name = 中文(繁體)

skip-to-content = 跳到主要內容
menu = 功能表
table-of-contents = 目錄
in-this-article = 本文內容
language-switcher = 語言
breadcrumb = 階層連結
footer-text = 提供各種語言的內容，以 docloc 建置

article-date = 上次更新：{ $date }

fallback-notice = 此頁面尚未提供{ $locale }版本。您正在閱讀的是{ $fallback }版本。
fallback-badge = 未翻譯

alert-note = 注意
alert-tip = 提示
alert-important = 重要
alert-caution = 謹慎
alert-warning = 警告

image-enlarge = 選取以放大
image-description = 影像描述
video-link = 觀看影片
tab-list-label = 選擇索引標籤

redirect-title = 頁面已移動
redirect-notice = 此頁面已移至 { $url }。
redirect-link = 前往新頁面

root-choose-language = 選擇您的語言
landing-more = 查看更多
hub-highlights = 精選內容
stale-notice = 此翻譯早於此頁面的最新版本。
stale-notice-sections = 此後已變更的章節：{ $sections }。
stale-newest-link = 閱讀最新版本（{ $language }）
switcher-stale = 舊版本


## Search

search = 搜尋
search-results = 搜尋結果
search-no-results = 找不到與「{ $query }」相符的結果
search-loading = 正在搜尋…
search-unavailable = 此處無法使用搜尋。

## Page not found (404.html)

not-found-title = 找不到頁面
not-found-text = 您要尋找的頁面不存在或已移動。
not-found-home = 移至首頁

## End of an article

article-navigation = 上一篇和下一篇文章
previous-article = 上一篇
next-article = 下一篇

## Code blocks

code-copy = 複製
code-copied = 已複製
code-language = 程式碼語言

## Page actions and notices

edit-page = 編輯
mt-notice = 本文為機器翻譯。
mt-notice-source = 原始版本：{ $locale }
