# docloc bilingual-page strings: Icelandic (Iceland) (is-is). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Sýna ensku
bilingual-show-translation = Sýna þýðingu
bilingual-hint = Bentu á setningu eða veldu hana til að sjá enska frumtextann.
