# docloc bilingual-page strings: Estonian (Estonia) (et-ee). Notes for translators: locales/en-us/bilingual.ftl.

bilingual-show-english = Kuva inglise keeles
bilingual-show-translation = Kuva tõlge
bilingual-hint = Ingliskeelse lähteteksti nägemiseks osutage lausele või valige see.
