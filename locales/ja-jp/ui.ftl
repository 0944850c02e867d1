# docloc UI strings: Japanese (Japan) (ja-jp). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = メイン コンテンツにスキップ
menu = メニュー
table-of-contents = 目次
in-this-article = この記事の内容
language-switcher = 言語
breadcrumb = 階層リンク
footer-text = すべての言語のコンテンツ。docloc でビルドされています

article-date = 最終更新日: { $date }

fallback-notice = このページは { $locale } ではまだご利用いただけません。{ $fallback } 版を表示しています。
fallback-badge = 未翻訳

alert-note = 注意
alert-tip = ヒント
alert-important = 重要
alert-caution = 注意事項
alert-warning = 警告

image-enlarge = 選択して拡大
image-description = 画像の説明
video-link = ビデオを見る
tab-list-label = タブを選択する

redirect-title = ページは移動しました
redirect-notice = このページは { $url } に移動しました。
redirect-link = 新しいページに移動

root-choose-language = 言語を選択してください
landing-more = さらに表示
hub-highlights = 注目のコンテンツ
stale-notice = この翻訳は、このページの最新版よりも古い内容です。
stale-notice-sections = 翻訳後に変更されたセクション: { $sections }。
stale-newest-link = 最新版を読む ({ $language })
switcher-stale = 旧版


## Search

search = 検索
search-results = 検索結果
search-no-results = 「{ $query }」に一致する結果はありません
search-loading = 検索しています…
search-unavailable = ここでは検索を利用できません。

## Page not found (404.html)

not-found-title = ページが見つかりません
not-found-text = お探しのページは存在しないか、移動されました。
not-found-home = ホーム ページに移動

## End of an article

article-navigation = 前の記事と次の記事
previous-article = 前へ
next-article = 次へ

## Code blocks

code-copy = コピー
code-copied = コピーしました
code-language = コード言語

## Page actions and notices

edit-page = 編集
mt-notice = この記事は機械翻訳されています。
mt-notice-source = 元のバージョン: { $locale }
