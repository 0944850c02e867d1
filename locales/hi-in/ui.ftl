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
