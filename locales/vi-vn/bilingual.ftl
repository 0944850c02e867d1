# docloc bilingual-page strings: Vietnamese (Vietnam) (vi-vn). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Hiển thị tiếng Anh
bilingual-show-translation = Hiển thị bản dịch
bilingual-hint = Trỏ vào hoặc chọn một câu để xem nguồn tiếng Anh của câu đó.
