# docloc UI strings: Hindi (India) (hi-in). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = मुख्य सामग्री पर जाएँ
menu = मेनू
table-of-contents = विषय-सूची
in-this-article = इस आलेख में
language-switcher = भाषा
breadcrumb = नेविगेशन पथ
footer-text = हर भाषा में सामग्री, docloc के साथ निर्मित

article-date = अंतिम अपडेट: { $date }

fallback-notice = यह पृष्ठ अभी { $locale } में उपलब्ध नहीं है। आप { $fallback } संस्करण पढ़ रहे हैं।
fallback-badge = अनूदित नहीं

alert-note = नोट
alert-tip = युक्ति
alert-important = महत्वपूर्ण
alert-caution = सावधानी
alert-warning = चेतावनी

image-enlarge = बड़ा करने के लिए चुनें
image-description = छवि का विवरण
video-link = वीडियो देखें
tab-list-label = कोई टैब चुनें

redirect-title = पृष्ठ स्थानांतरित हो गया
redirect-notice = यह पृष्ठ { $url } पर स्थानांतरित हो गया है।
redirect-link = नए पृष्ठ पर जाएँ

root-choose-language = अपनी भाषा चुनें
landing-more = और देखें
hub-highlights = चुनिंदा सामग्री
stale-notice = यह अनुवाद इस पृष्ठ के नवीनतम संस्करण से पुराना है।
stale-notice-sections = तब से बदले गए अनुभाग: { $sections }।
stale-newest-link = नवीनतम संस्करण पढ़ें ({ $language })
switcher-stale = पुराना संस्करण


## Search

search = खोजें
search-results = खोज परिणाम
search-no-results = “{ $query }” के लिए कोई परिणाम नहीं
search-loading = खोजा जा रहा है…
search-unavailable = खोज यहाँ उपलब्ध नहीं है.

## Page not found (404.html)

not-found-title = पृष्ठ नहीं मिला
not-found-text = आप जो पृष्ठ ढूँढ रहे हैं, वह मौजूद नहीं है या स्थानांतरित हो गया है.
not-found-home = होम पेज पर जाएँ

## End of an article

article-navigation = पिछला और अगला आलेख
previous-article = पिछला
next-article = अगला

## Code blocks

code-copy = कॉपी करें
code-copied = कॉपी किया गया
code-language = कोड भाषा

## Page actions and notices

edit-page = संपादित करें
mt-notice = इस आलेख का अनुवाद मशीन द्वारा किया गया है.
mt-notice-source = मूल संस्करण: { $locale }
