# docloc bilingual-page strings: Finnish (Finland) (fi-fi). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Näytä englanniksi
bilingual-show-translation = Näytä käännös
bilingual-hint = Osoita lausetta tai valitse se, niin näet sen englanninkielisen lähdetekstin.
