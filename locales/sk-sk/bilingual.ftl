# docloc bilingual-page strings: Slovak (Slovakia) (sk-sk). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Zobraziť angličtinu
bilingual-show-translation = Zobraziť preklad
bilingual-hint = Ukázaním na vetu alebo jej výberom zobrazíte jej anglický originál.
