# docloc UI strings: Indonesian (Indonesia) (id-id). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Lompati ke konten utama
menu = Menu
table-of-contents = Daftar isi
in-this-article = Dalam artikel ini
language-switcher = Bahasa
breadcrumb = Jejak navigasi
footer-text = Konten dalam setiap bahasa, dibuat dengan docloc

article-date = Terakhir diperbarui { $date }

fallback-notice = Halaman ini belum tersedia dalam { $locale }. Anda sedang membaca versi { $fallback }.
fallback-badge = Belum diterjemahkan

alert-note = Catatan
alert-tip = Tip
alert-important = Penting
alert-caution = Perhatian
alert-warning = Peringatan

image-enlarge = Pilih untuk memperbesar
image-description = Deskripsi gambar
video-link = Tonton video
tab-list-label = Pilih tab

redirect-title = Halaman dipindahkan
redirect-notice = Halaman ini telah dipindahkan ke { $url }.
redirect-link = Buka halaman baru

root-choose-language = Pilih bahasa Anda
landing-more = Lihat selengkapnya
hub-highlights = Konten unggulan
stale-notice = Terjemahan ini lebih lama daripada versi terbaru halaman ini.
stale-notice-sections = Bagian yang berubah sejak saat itu: { $sections }.
stale-newest-link = Baca versi terbaru ({ $language })
switcher-stale = versi lebih lama


## Search

search = Cari
search-results = Hasil pencarian
search-no-results = Tidak ada hasil untuk “{ $query }”
search-loading = Mencari…
search-unavailable = Pencarian tidak tersedia di sini.

## Page not found (404.html)

not-found-title = Halaman tidak ditemukan
not-found-text = Halaman yang Anda cari tidak ada atau telah dipindahkan.
not-found-home = Buka beranda

## End of an article

article-navigation = Artikel sebelumnya dan berikutnya
previous-article = Sebelumnya
next-article = Berikutnya

## Code blocks

code-copy = Salin
code-copied = Disalin
code-language = Bahasa kode

## Page actions and notices

edit-page = Sunting
mt-notice = Artikel ini diterjemahkan oleh mesin.
mt-notice-source = Versi asli: { $locale }
