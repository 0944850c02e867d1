# docloc bilingual-page strings: Hindi (India) (hi-in). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = अंग्रेज़ी दिखाएँ
bilingual-show-translation = अनुवाद दिखाएँ
bilingual-hint = किसी वाक्य का अंग्रेज़ी स्रोत देखने के लिए उस पर पॉइंट करें या उसे चुनें.
