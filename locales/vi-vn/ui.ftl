# docloc UI strings: Vietnamese (Vietnam) (vi-vn). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Chuyển đến nội dung chính
menu = Menu
table-of-contents = Mục lục
in-this-article = Trong bài viết này
language-switcher = Ngôn ngữ
breadcrumb = Đường dẫn điều hướng
footer-text = Nội dung bằng mọi ngôn ngữ, được xây dựng bằng docloc

article-date = Cập nhật lần cuối: { $date }

fallback-notice = Trang này chưa có bằng { $locale }. Bạn đang đọc phiên bản { $fallback }.
fallback-badge = Chưa dịch

alert-note = Ghi chú
alert-tip = Mẹo
alert-important = Quan trọng
alert-caution = Thận trọng
alert-warning = Cảnh báo

image-enlarge = Chọn để phóng to
image-description = Mô tả hình ảnh
video-link = Xem video
tab-list-label = Chọn một tab

redirect-title = Trang đã được di chuyển
redirect-notice = Trang này đã được chuyển đến { $url }.
redirect-link = Đi đến trang mới

root-choose-language = Chọn ngôn ngữ của bạn
landing-more = Xem thêm
hub-highlights = Nội dung nổi bật
stale-notice = Bản dịch này cũ hơn phiên bản mới nhất của trang này.
stale-notice-sections = Các phần đã thay đổi kể từ đó: { $sections }.
stale-newest-link = Đọc phiên bản mới nhất ({ $language })
switcher-stale = phiên bản cũ hơn


## Search

search = Tìm kiếm
search-results = Kết quả tìm kiếm
search-no-results = Không có kết quả cho “{ $query }”
search-loading = Đang tìm kiếm…
search-unavailable = Tìm kiếm không khả dụng tại đây.

## Page not found (404.html)

not-found-title = Không tìm thấy trang
not-found-text = Trang bạn đang tìm không tồn tại hoặc đã được di chuyển.
not-found-home = Chuyển đến trang chủ

## End of an article

article-navigation = Bài viết trước và tiếp theo
previous-article = Trước
next-article = Tiếp theo

## Code blocks

code-copy = Sao chép
code-copied = Đã sao chép
code-language = Ngôn ngữ mã

## Page actions and notices

edit-page = Chỉnh sửa
mt-notice = Bài viết này được dịch bằng máy.
mt-notice-source = Phiên bản gốc: { $locale }
