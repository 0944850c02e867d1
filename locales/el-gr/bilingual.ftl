# docloc bilingual-page strings: Greek (Greece) (el-gr). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Εμφάνιση αγγλικών
bilingual-show-translation = Εμφάνιση μετάφρασης
bilingual-hint = Τοποθετήστε τον δείκτη σε μια πρόταση ή επιλέξτε την για να δείτε την αγγλική πηγή της.
