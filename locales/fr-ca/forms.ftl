# Textes des formulaires (le schéma des identifiants est décrit au début de locales/en-us/forms.ftl).

## Shared

form-locale = fr-ca
form-error-prefix = Erreur :{" "}
form-error-summary-title = Il y a un problème
form-optional = (facultatif)
form-select-choose = Choisissez une option
form-check = Vérifier la revendication
form-download = Télécharger le JSON
form-print = Imprimer la revendication
form-clear = Effacer le formulaire
form-checklist-title = Liste de vérification
form-checklist-progress = Éléments terminés : { $done } sur { $total }
form-status-complete = Terminé
form-status-incomplete = Non terminé
form-status-not-needed = Non requis
form-draft-offer = Un brouillon de cette revendication est enregistré dans ce navigateur.
form-draft-offer-hint = Restaurez-le pour continuer, ou supprimez-le. Rien de nouveau n’est enregistré tant que vous n’avez pas choisi.
form-draft-restore = Restaurer le brouillon
form-draft-discard = Supprimer le brouillon
form-draft-restored = Le brouillon a été restauré.
form-draft-discarded = Le brouillon a été supprimé.
form-saved-locally = Ce que vous saisissez est conservé uniquement dans ce navigateur, sous forme de brouillon pour cette langue. Rien n’est envoyé.
form-no-script = La vérification des réponses, le brouillon et le téléchargement nécessitent JavaScript. Vous pouvez tout de même lire et imprimer ce formulaire.
form-cleared = Le formulaire a été effacé et son brouillon supprimé.
form-valid = Aucun problème détecté. Téléchargez ou imprimez la revendication, puis saisissez-la dans l’Espace partenaires.
form-print-title = Sommaire de la revendication

## CPOR claim

cpor-claim-title = Préparer votre revendication d’association de clients
cpor-claim-intro = Saisissez les informations nécessaires à la revendication. Elles sont vérifiées selon les règles de l’Espace partenaires. Téléchargez-la ou imprimez-la ensuite, puis saisissez-la dans l’Espace partenaires.
cpor-claim-checklist-lead = Vous aurez besoin des informations suivantes pour effectuer une revendication :
cpor-claim-terms-locale = fr-ca

cpor-claim-item-1 = ID MPN
cpor-claim-item-2 = Nom de domaine du client
cpor-claim-item-3 = ID d’annuaire (de locataire) du client
cpor-claim-item-4 = Domaine de solution
cpor-claim-item-5 = Activité et type de revendication
cpor-claim-item-6 = Contact du client
cpor-claim-item-7 = Contact technique du client (Dynamics 365)
cpor-claim-item-8 = Contact de votre entreprise
cpor-claim-item-9 = Nom de la revendication
cpor-claim-item-10 = Produits ou charges de travail
cpor-claim-item-11 = Preuve d’exécution (PoE)
cpor-claim-item-12 = Détails de l’association de revenus

# Noms des champs en gras dans la liste de vérification de l’article, tels que la traduction
# française (Canada) de l’article les écrit (terminologie Microsoft, aucun article fr-ca dans le corpus).
cpor-claim-term-mpn-id = ID MPN
cpor-claim-term-domain-name = nom de domaine
cpor-claim-term-directory-id = ID d’annuaire
cpor-claim-term-tenant-id = ID de locataire
cpor-claim-term-solution-area = Domaine de solution
cpor-claim-term-activity = Activité
cpor-claim-term-customer-contact-name = Nom du contact
cpor-claim-term-technical-contact = contact technique
cpor-claim-term-partner-contact-name = Nom du contact
cpor-claim-term-claim-name = Nom
cpor-claim-term-products = Produit(s)
cpor-claim-term-proof-of-execution = Preuve d’exécution
cpor-claim-term-dynamics-seller-name = Nom du vendeur de la solution Dynamics
cpor-claim-term-customer-name = Nom du client
cpor-claim-term-isv-solution-name = Nom du produit/de la solution ISV

cpor-claim-group-customer-contact = Contact de votre client
cpor-claim-group-technical-contact = Contact technique de votre client
cpor-claim-group-partner-contact = Contact de votre entreprise
cpor-claim-required-when-solution-area-business-applications = Obligatoire pour les revendications Business Applications (Dynamics 365).
cpor-claim-shown-when-claim-type-revenue-association = Uniquement pour les revendications d’association de revenus.

cpor-claim-mpn-id-label = ID MPN
cpor-claim-mpn-id-hint = L’ID Microsoft Partner Network de l’emplacement du partenaire qui effectue la revendication, en chiffres, par exemple 1234567.
cpor-claim-mpn-id-error-required = Entrez votre ID MPN
cpor-claim-mpn-id-error-format = L’ID MPN ne doit contenir que des chiffres, par exemple 1234567

cpor-claim-customer-domain-label = Nom de domaine du client
cpor-claim-customer-domain-hint = Par exemple, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Entrez le nom de domaine du client
cpor-claim-customer-domain-error-format = Entrez un nom de domaine au format correct, par exemple contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ID d’annuaire (de locataire) du client
cpor-claim-tenant-id-hint = L’ID d’annuaire est aussi appelé ID de locataire : 32 chiffres hexadécimaux en cinq groupes, par exemple 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Entrez l’ID d’annuaire (de locataire) du client
cpor-claim-tenant-id-error-format = Entrez l’ID d’annuaire (de locataire) au format correct, par exemple 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Domaine de solution
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Sélectionnez le domaine de solution

cpor-claim-claim-type-label = Activité et type de revendication
cpor-claim-claim-type-pre-sales = Avant-vente
cpor-claim-claim-type-usage = Utilisation
cpor-claim-claim-type-revenue-association = Association de revenus
cpor-claim-claim-type-revenue-association-hint = Business Applications uniquement
cpor-claim-claim-type-revenue-association-error = L’association de revenus concerne uniquement Business Applications : sélectionnez Business Applications ou un autre type de revendication
cpor-claim-claim-type-error-required = Sélectionnez le type de revendication

cpor-claim-dynamics-seller-name-label = Nom du vendeur de la solution Dynamics
cpor-claim-dynamics-seller-name-error-required = Entrez le nom du vendeur de la solution Dynamics
cpor-claim-customer-name-label = Nom du client
cpor-claim-customer-name-error-required = Entrez le nom du client
cpor-claim-isv-solution-name-label = Nom du produit ou de la solution ISV
cpor-claim-isv-solution-name-error-required = Entrez le nom du produit ou de la solution ISV

cpor-claim-customer-contact-name-label = Nom
cpor-claim-customer-contact-name-error-required = Entrez le nom du contact de votre client
cpor-claim-customer-contact-title-label = Fonction
cpor-claim-customer-contact-title-error-required = Entrez la fonction du contact de votre client
cpor-claim-customer-contact-email-label = Adresse courriel
cpor-claim-customer-contact-email-error-required = Entrez l’adresse courriel du contact de votre client
cpor-claim-customer-contact-email-error-format = Entrez une adresse courriel au format correct, par exemple name@example.com

cpor-claim-technical-contact-name-label = Nom
cpor-claim-technical-contact-name-error-required = Entrez le nom du contact technique de votre client
cpor-claim-technical-contact-title-label = Fonction
cpor-claim-technical-contact-title-error-required = Entrez la fonction du contact technique de votre client
cpor-claim-technical-contact-email-label = Adresse courriel
cpor-claim-technical-contact-email-error-required = Entrez l’adresse courriel du contact technique de votre client
cpor-claim-technical-contact-email-error-format = Entrez une adresse courriel au format correct, par exemple name@example.com

cpor-claim-partner-contact-name-label = Nom
cpor-claim-partner-contact-name-error-required = Entrez le nom du contact de votre entreprise
cpor-claim-partner-contact-email-label = Adresse courriel
cpor-claim-partner-contact-email-error-required = Entrez l’adresse courriel du contact de votre entreprise
cpor-claim-partner-contact-email-error-format = Entrez une adresse courriel au format correct, par exemple name@example.com

cpor-claim-claim-name-label = Nom de la revendication
cpor-claim-claim-name-hint = Un nom de votre choix pour cette revendication, afin de la retrouver dans l’Espace partenaires.
cpor-claim-claim-name-error-required = Entrez un nom pour la revendication

cpor-claim-products-label = Produits ou charges de travail
cpor-claim-products-hint = Les produits ou charges de travail que vous revendiquez, par exemple Exchange Online ou Dynamics 365 Sales.
cpor-claim-products-error-required = Entrez les produits ou charges de travail que vous revendiquez

cpor-claim-subscription-id-label = ID d’abonnement
cpor-claim-subscription-id-hint = Uniquement pour Dynamics 365, lorsque le produit revendiqué a plusieurs abonnements pour ce client. Un GUID, par exemple 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Entrez l’ID d’abonnement au format correct, par exemple 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Preuve d’exécution (PoE)
cpor-claim-proof-of-execution-hint = Décrivez la preuve, par exemple un énoncé des travaux signé par le client. Le document lui-même se joint dans l’Espace partenaires.
cpor-claim-proof-of-execution-error-required = Décrivez la preuve d’exécution
