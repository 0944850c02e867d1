# docloc UI strings: Turkish (Türkiye) (tr-tr). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Ana içeriğe atla
menu = Menü
table-of-contents = İçindekiler
in-this-article = Bu makalede
language-switcher = Dil
breadcrumb = İçerik haritası
footer-text = Her dilde içerik, docloc ile oluşturuldu

article-date = Son güncelleştirme: { $date }

fallback-notice = Bu sayfa henüz şu dilde kullanılamıyor: { $locale }. Şu dildeki sürümü okuyorsunuz: { $fallback }.
fallback-badge = Çevrilmedi

alert-note = Not
alert-tip = İpucu
alert-important = Önemli
alert-caution = Dikkat
alert-warning = Uyarı

image-enlarge = Büyütmek için seçin
image-description = Görüntü açıklaması
video-link = Videoyu izleyin
tab-list-label = Bir sekme seçin

redirect-title = Sayfa taşındı
redirect-notice = Bu sayfa şu adrese taşındı: { $url }
redirect-link = Yeni sayfaya git

root-choose-language = Dilinizi seçin
landing-more = Daha fazla göster
hub-highlights = Öne çıkan içerik
stale-notice = Bu çeviri, bu sayfanın en son sürümünden daha eski.
stale-notice-sections = O tarihten bu yana değişen bölümler: { $sections }.
stale-newest-link = En son sürümü okuyun ({ $language })
switcher-stale = eski sürüm


## Search

search = Ara
search-results = Arama sonuçları
search-no-results = “{ $query }” için sonuç yok
search-loading = Aranıyor…
search-unavailable = Arama burada kullanılamıyor.

## Page not found (404.html)

not-found-title = Sayfa bulunamadı
not-found-text = Aradığınız sayfa yok veya taşınmış.
not-found-home = Giriş sayfasına git

## End of an article

article-navigation = Önceki ve sonraki makale
previous-article = Önceki
next-article = Sonraki

## Code blocks

code-copy = Kopyala
code-copied = Kopyalandı
code-language = Kod dili

## Page actions and notices

edit-page = Düzenle
mt-notice = Bu makale makine tarafından çevrildi.
mt-notice-source = Özgün sürüm: { $locale }
