# docloc UI strings: French (Canada) (fr-ca). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Passer au contenu principal
menu = Menu
table-of-contents = Table des matières
in-this-article = Dans cet article
language-switcher = Langue
breadcrumb = Chemin de navigation
footer-text = Du contenu dans toutes les langues, produit avec docloc

article-date = Dernière mise à jour : { $date }

fallback-notice = Cette page n’est pas encore offerte en { $locale }. Vous lisez la version en { $fallback }.
fallback-badge = Non traduit

alert-note = Remarque
alert-tip = Conseil
alert-important = Important
alert-caution = Attention
alert-warning = Avertissement

image-enlarge = Sélectionnez pour agrandir
image-description = Description de l’image
video-link = Regarder la vidéo
tab-list-label = Choisissez un onglet

redirect-title = Page déplacée
redirect-notice = Cette page a été déplacée vers { $url }.
redirect-link = Accéder à la nouvelle page

root-choose-language = Choisissez votre langue
landing-more = Afficher plus
hub-highlights = Contenu en vedette
stale-notice = Cette traduction est antérieure à la version la plus récente de cette page.
stale-notice-sections = Sections modifiées depuis la traduction : { $sections }.
stale-newest-link = Lire la version la plus récente ({ $language })
switcher-stale = version antérieure


## Search

search = Rechercher
search-results = Résultats de la recherche
search-no-results = Aucun résultat pour « { $query } »
search-loading = Recherche en cours…
search-unavailable = La recherche n’est pas disponible ici.

## Page not found (404.html)

not-found-title = Page introuvable
not-found-text = La page que vous cherchez n’existe pas ou a été déplacée.
not-found-home = Aller à la page d’accueil

## End of an article

article-navigation = Articles précédent et suivant
previous-article = Précédent
next-article = Suivant

## Code blocks

code-copy = Copier
code-copied = Copié
code-language = Langage du code

## Page actions and notices

edit-page = Modifier
mt-notice = Cet article a été traduit automatiquement.
mt-notice-source = Version originale : { $locale }
