# docloc UI strings: Malay (Malaysia) (ms-my). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Langkau ke kandungan utama
menu = Menu
table-of-contents = Isi kandungan
in-this-article = Dalam artikel ini
language-switcher = Bahasa
breadcrumb = Laluan navigasi
footer-text = Kandungan dalam setiap bahasa, dibina dengan docloc

article-date = Kali terakhir dikemas kini { $date }

fallback-notice = Halaman ini belum tersedia dalam { $locale }. Anda sedang membaca versi { $fallback }.
fallback-badge = Tidak diterjemahkan

alert-note = Nota
alert-tip = Petua
alert-important = Penting
alert-caution = Awas
alert-warning = Amaran

image-enlarge = Pilih untuk membesarkan
image-description = Perihalan imej
video-link = Tonton video
tab-list-label = Pilih tab

redirect-title = Halaman telah dialihkan
redirect-notice = Halaman ini telah dialihkan ke { $url }.
redirect-link = Pergi ke halaman baharu

root-choose-language = Pilih bahasa anda
landing-more = Lihat lagi
hub-highlights = Kandungan pilihan
stale-notice = Terjemahan ini lebih lama daripada versi terkini halaman ini.
stale-notice-sections = Bahagian yang berubah sejak itu: { $sections }.
stale-newest-link = Baca versi terkini ({ $language })
switcher-stale = versi lebih lama
