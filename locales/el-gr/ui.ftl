# docloc UI strings: Greek (Greece) (el-gr). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = Μετάβαση στο κύριο περιεχόμενο
menu = Μενού
table-of-contents = Πίνακας περιεχομένων
in-this-article = Σε αυτό το άρθρο
language-switcher = Γλώσσα
breadcrumb = Διαδρομή πλοήγησης
footer-text = Περιεχόμενο σε κάθε γλώσσα, δημιουργήθηκε με το docloc

article-date = Τελευταία ενημέρωση: { $date }

fallback-notice = Αυτή η σελίδα δεν είναι ακόμα διαθέσιμη στη γλώσσα «{ $locale }». Διαβάζετε την έκδοση στη γλώσσα «{ $fallback }».
fallback-badge = Δεν έχει μεταφραστεί

alert-note = Σημείωση
alert-tip = Συμβουλή
alert-important = Σημαντικό
alert-caution = Προσοχή
alert-warning = Προειδοποίηση

image-enlarge = Επιλέξτε για μεγέθυνση
image-description = Περιγραφή εικόνας
video-link = Παρακολουθήστε το βίντεο
tab-list-label = Επιλέξτε μια καρτέλα

redirect-title = Η σελίδα μετακινήθηκε
redirect-notice = Αυτή η σελίδα μετακινήθηκε στη διεύθυνση { $url }.
redirect-link = Μετάβαση στη νέα σελίδα

root-choose-language = Επιλέξτε τη γλώσσα σας
landing-more = Δείτε περισσότερα
hub-highlights = Προτεινόμενο περιεχόμενο
stale-notice = Αυτή η μετάφραση είναι παλαιότερη από την πιο πρόσφατη έκδοση αυτής της σελίδας.
stale-notice-sections = Ενότητες που άλλαξαν από τότε: { $sections }.
stale-newest-link = Διαβάστε την πιο πρόσφατη έκδοση ({ $language })
switcher-stale = παλαιότερη έκδοση


## Search

search = Αναζήτηση
search-results = Αποτελέσματα αναζήτησης
search-no-results = Δεν υπάρχουν αποτελέσματα για «{ $query }»
search-loading = Γίνεται αναζήτηση…
search-unavailable = Η αναζήτηση δεν είναι διαθέσιμη εδώ.

## Page not found (404.html)

not-found-title = Η σελίδα δεν βρέθηκε
not-found-text = Η σελίδα που αναζητάτε δεν υπάρχει ή έχει μετακινηθεί.
not-found-home = Μετάβαση στην αρχική σελίδα

## End of an article

article-navigation = Προηγούμενο και επόμενο άρθρο
previous-article = Προηγούμενο
next-article = Επόμενο

## Code blocks

code-copy = Αντιγραφή
code-copied = Αντιγράφηκε
code-language = Γλώσσα κώδικα

## Page actions and notices

edit-page = Επεξεργασία
mt-notice = Αυτό το άρθρο μεταφράστηκε αυτόματα.
mt-notice-source = Αρχική έκδοση: { $locale }
