# Συμβολοσειρές φορμών (το σχήμα των αναγνωριστικών περιγράφεται στην αρχή του locales/en-us/forms.ftl).

## Shared

form-locale = el-gr
form-error-prefix = Σφάλμα:{" "}
form-error-summary-title = Υπάρχει πρόβλημα
form-optional = (προαιρετικό)
form-select-choose = Κάντε μια επιλογή
form-check = Έλεγχος αξίωσης
form-download = Λήψη JSON
form-print = Εκτύπωση αξίωσης
form-clear = Απαλοιφή φόρμας
form-checklist-title = Λίστα ελέγχου
form-checklist-progress = Ολοκληρωμένα στοιχεία: { $done } από { $total }
form-status-complete = Ολοκληρώθηκε
form-status-incomplete = Δεν ολοκληρώθηκε
form-status-not-needed = Δεν απαιτείται
form-draft-offer = Σε αυτό το πρόγραμμα περιήγησης είναι αποθηκευμένο ένα πρόχειρο αυτής της αξίωσης.
form-draft-offer-hint = Επαναφέρετέ το για να συνεχίσετε ή απορρίψτε το. Τίποτα νέο δεν αποθηκεύεται μέχρι να επιλέξετε.
form-draft-restore = Επαναφορά προχείρου
form-draft-discard = Απόρριψη προχείρου
form-draft-restored = Έγινε επαναφορά του προχείρου.
form-draft-discarded = Το πρόχειρο απορρίφθηκε.
form-saved-locally = Ό,τι εισάγετε διατηρείται μόνο σε αυτό το πρόγραμμα περιήγησης, ως πρόχειρο για αυτή τη γλώσσα. Τίποτα δεν αποστέλλεται πουθενά.
form-no-script = Ο έλεγχος των απαντήσεων, η διατήρηση προχείρου και η λήψη απαιτούν JavaScript. Μπορείτε ακόμα να διαβάσετε και να εκτυπώσετε αυτή τη φόρμα.
form-cleared = Η φόρμα απαλείφθηκε και το πρόχειρό της καταργήθηκε.
form-valid = Δεν βρέθηκαν προβλήματα. Κάντε λήψη ή εκτυπώστε την αξίωση και, στη συνέχεια, εισαγάγετέ την στο Κέντρο συνεργατών.
form-print-title = Σύνοψη αξίωσης

## CPOR claim

cpor-claim-title = Προετοιμασία της αξίωσης συσχέτισης πελάτη
cpor-claim-intro = Εισαγάγετε τα στοιχεία που χρειάζεται η αξίωση· ελέγχονται σύμφωνα με τους κανόνες του Κέντρου συνεργατών. Στη συνέχεια, κάντε λήψη ή εκτυπώστε την αξίωση και εισαγάγετέ την στο Κέντρο συνεργατών.
cpor-claim-checklist-lead = Θα χρειαστείτε τις παρακάτω πληροφορίες για να ολοκληρώσετε μια αξίωση:
cpor-claim-terms-locale = el-gr

cpor-claim-item-1 = Αναγνωριστικό MPN
cpor-claim-item-2 = Όνομα τομέα του πελάτη
cpor-claim-item-3 = Αναγνωριστικό καταλόγου (μισθωτή) του πελάτη
cpor-claim-item-4 = Περιοχή λύσεων
cpor-claim-item-5 = Δραστηριότητα και τύπος αξίωσης
cpor-claim-item-6 = Επαφή του πελάτη
cpor-claim-item-7 = Τεχνική επαφή του πελάτη (Dynamics 365)
cpor-claim-item-8 = Επαφή της εταιρείας σας
cpor-claim-item-9 = Όνομα αξίωσης
cpor-claim-item-10 = Προϊόντα ή φόρτοι εργασίας
cpor-claim-item-11 = Αποδεικτικό εκτέλεσης (PoE)
cpor-claim-item-12 = Στοιχεία συσχέτισης εσόδων

# Τα ονόματα πεδίων με έντονη γραφή στη λίστα ελέγχου του άρθρου, όπως τα γράφει η ελληνική
# μετάφραση του άρθρου (ορολογία της Microsoft· η συλλογή δεν έχει άρθρο el-gr).
cpor-claim-term-mpn-id = Αναγνωριστικό MPN
cpor-claim-term-domain-name = όνομα τομέα
cpor-claim-term-directory-id = Αναγνωριστικό καταλόγου
cpor-claim-term-tenant-id = Αναγνωριστικό μισθωτή
cpor-claim-term-solution-area = Περιοχή λύσεων
cpor-claim-term-activity = Δραστηριότητα
cpor-claim-term-customer-contact-name = Όνομα επαφής
cpor-claim-term-technical-contact = τεχνικής επαφής
cpor-claim-term-partner-contact-name = Όνομα επαφής
cpor-claim-term-claim-name = όνομα
cpor-claim-term-products = Προϊόντα
cpor-claim-term-proof-of-execution = Αποδεικτικό εκτέλεσης
cpor-claim-term-dynamics-seller-name = Όνομα πωλητή λύσης Dynamics
cpor-claim-term-customer-name = Όνομα πελάτη
cpor-claim-term-isv-solution-name = Όνομα προϊόντος/λύσης ISV

cpor-claim-group-customer-contact = Επαφή του πελάτη σας
cpor-claim-group-technical-contact = Τεχνική επαφή του πελάτη σας
cpor-claim-group-partner-contact = Επαφή της εταιρείας σας
cpor-claim-required-when-solution-area-business-applications = Απαιτείται για αξιώσεις Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Μόνο για αξιώσεις συσχέτισης εσόδων.

cpor-claim-mpn-id-label = Αναγνωριστικό MPN
cpor-claim-mpn-id-hint = Το αναγνωριστικό Microsoft Partner Network της τοποθεσίας συνεργάτη που υποβάλλει την αξίωση, μόνο ψηφία, για παράδειγμα 1234567.
cpor-claim-mpn-id-error-required = Εισαγάγετε το αναγνωριστικό MPN
cpor-claim-mpn-id-error-format = Το αναγνωριστικό MPN πρέπει να περιέχει μόνο ψηφία, για παράδειγμα 1234567

cpor-claim-customer-domain-label = Όνομα τομέα του πελάτη
cpor-claim-customer-domain-hint = Για παράδειγμα, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Εισαγάγετε το όνομα τομέα του πελάτη
cpor-claim-customer-domain-error-format = Εισαγάγετε ένα όνομα τομέα στη σωστή μορφή, για παράδειγμα contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Αναγνωριστικό καταλόγου (μισθωτή) του πελάτη
cpor-claim-tenant-id-hint = Το αναγνωριστικό καταλόγου ονομάζεται επίσης αναγνωριστικό μισθωτή: 32 δεκαεξαδικά ψηφία σε πέντε ομάδες, για παράδειγμα 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Εισαγάγετε το αναγνωριστικό καταλόγου (μισθωτή) του πελάτη
cpor-claim-tenant-id-error-format = Εισαγάγετε το αναγνωριστικό καταλόγου (μισθωτή) στη σωστή μορφή, για παράδειγμα 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Περιοχή λύσεων
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Επιλέξτε την περιοχή λύσεων

cpor-claim-claim-type-label = Δραστηριότητα και τύπος αξίωσης
cpor-claim-claim-type-pre-sales = Προπώληση
cpor-claim-claim-type-usage = Χρήση
cpor-claim-claim-type-revenue-association = Συσχέτιση εσόδων
cpor-claim-claim-type-revenue-association-hint = Μόνο Business Applications
cpor-claim-claim-type-revenue-association-error = Η συσχέτιση εσόδων ισχύει μόνο για Business Applications: επιλέξτε Business Applications ή άλλο τύπο αξίωσης
cpor-claim-claim-type-error-required = Επιλέξτε τον τύπο αξίωσης

cpor-claim-dynamics-seller-name-label = Όνομα του πωλητή της λύσης Dynamics
cpor-claim-dynamics-seller-name-error-required = Εισαγάγετε το όνομα του πωλητή της λύσης Dynamics
cpor-claim-customer-name-label = Όνομα πελάτη
cpor-claim-customer-name-error-required = Εισαγάγετε το όνομα του πελάτη
cpor-claim-isv-solution-name-label = Όνομα του προϊόντος ή της λύσης ISV
cpor-claim-isv-solution-name-error-required = Εισαγάγετε το όνομα του προϊόντος ή της λύσης ISV

cpor-claim-customer-contact-name-label = Όνομα
cpor-claim-customer-contact-name-error-required = Εισαγάγετε το όνομα της επαφής του πελάτη σας
cpor-claim-customer-contact-title-label = Θέση
cpor-claim-customer-contact-title-error-required = Εισαγάγετε τη θέση της επαφής του πελάτη σας
cpor-claim-customer-contact-email-label = Διεύθυνση email
cpor-claim-customer-contact-email-error-required = Εισαγάγετε τη διεύθυνση email της επαφής του πελάτη σας
cpor-claim-customer-contact-email-error-format = Εισαγάγετε μια διεύθυνση email στη σωστή μορφή, για παράδειγμα name@example.com

cpor-claim-technical-contact-name-label = Όνομα
cpor-claim-technical-contact-name-error-required = Εισαγάγετε το όνομα της τεχνικής επαφής του πελάτη σας
cpor-claim-technical-contact-title-label = Θέση
cpor-claim-technical-contact-title-error-required = Εισαγάγετε τη θέση της τεχνικής επαφής του πελάτη σας
cpor-claim-technical-contact-email-label = Διεύθυνση email
cpor-claim-technical-contact-email-error-required = Εισαγάγετε τη διεύθυνση email της τεχνικής επαφής του πελάτη σας
cpor-claim-technical-contact-email-error-format = Εισαγάγετε μια διεύθυνση email στη σωστή μορφή, για παράδειγμα name@example.com

cpor-claim-partner-contact-name-label = Όνομα
cpor-claim-partner-contact-name-error-required = Εισαγάγετε το όνομα της επαφής της εταιρείας σας
cpor-claim-partner-contact-email-label = Διεύθυνση email
cpor-claim-partner-contact-email-error-required = Εισαγάγετε τη διεύθυνση email της επαφής της εταιρείας σας
cpor-claim-partner-contact-email-error-format = Εισαγάγετε μια διεύθυνση email στη σωστή μορφή, για παράδειγμα name@example.com

cpor-claim-claim-name-label = Όνομα αξίωσης
cpor-claim-claim-name-hint = Ένα όνομα που επιλέγετε για αυτή την αξίωση, για να τη βρίσκετε ξανά στο Κέντρο συνεργατών.
cpor-claim-claim-name-error-required = Εισαγάγετε ένα όνομα για την αξίωση

cpor-claim-products-label = Προϊόντα ή φόρτοι εργασίας
cpor-claim-products-hint = Τα προϊόντα ή οι φόρτοι εργασίας που αξιώνετε, για παράδειγμα Exchange Online ή Dynamics 365 Sales.
cpor-claim-products-error-required = Εισαγάγετε τα προϊόντα ή τους φόρτους εργασίας που αξιώνετε

cpor-claim-subscription-id-label = Αναγνωριστικό συνδρομής
cpor-claim-subscription-id-hint = Μόνο για Dynamics 365, όταν το προϊόν που αξιώνετε έχει περισσότερες από μία συνδρομές για αυτόν τον πελάτη. Ένα GUID, για παράδειγμα 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Εισαγάγετε το αναγνωριστικό συνδρομής στη σωστή μορφή, για παράδειγμα 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Αποδεικτικό εκτέλεσης (PoE)
cpor-claim-proof-of-execution-hint = Περιγράψτε το αποδεικτικό, όπως μια περιγραφή εργασιών υπογεγραμμένη από τον πελάτη. Το ίδιο το έγγραφο το επισυνάπτετε στο Κέντρο συνεργατών.
cpor-claim-proof-of-execution-error-required = Περιγράψτε το αποδεικτικό εκτέλεσης
