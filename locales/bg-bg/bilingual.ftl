# docloc bilingual-page strings: Bulgarian (Bulgaria) (bg-bg). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Показване на английски
bilingual-show-translation = Показване на превода
bilingual-hint = Посочете или изберете изречение, за да видите английския му източник.
