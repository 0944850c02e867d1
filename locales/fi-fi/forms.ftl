# Lomakkeiden tekstit (tunnusten rakenne on kuvattu tiedoston locales/en-us/forms.ftl alussa).

## Shared

form-locale = fi-fi
form-error-prefix = Virhe:{" "}
form-error-summary-title = Ilmeni ongelma
form-optional = (valinnainen)
form-select-choose = Valitse vaihtoehto
form-check = Tarkista vaatimus
form-download = Lataa JSON
form-print = Tulosta vaatimus
form-clear = Tyhjennä lomake
form-checklist-title = Tarkistusluettelo
form-checklist-progress = Valmiit kohdat: { $done }/{ $total }
form-status-complete = Valmis
form-status-incomplete = Ei valmis
form-status-not-needed = Ei tarvita
form-draft-offer = Tämän vaatimuksen luonnos on tallennettu tähän selaimeen.
form-draft-offer-hint = Palauta se jatkaaksesi tai hylkää se. Mitään uutta ei tallenneta ennen kuin valitset.
form-draft-restore = Palauta luonnos
form-draft-discard = Hylkää luonnos
form-draft-restored = Luonnos on palautettu.
form-draft-discarded = Luonnos on hylätty.
form-saved-locally = Antamasi tiedot säilytetään vain tässä selaimessa tämän kielen luonnoksena. Mitään ei lähetetä minnekään.
form-no-script = Vastausten tarkistus, luonnoksen säilytys ja lataaminen edellyttävät JavaScriptiä. Voit silti lukea ja tulostaa tämän lomakkeen.
form-cleared = Lomake on tyhjennetty ja sen luonnos poistettu.
form-valid = Ongelmia ei löytynyt. Lataa tai tulosta vaatimus ja anna se sitten Kumppanikeskuksessa.
form-print-title = Vaatimuksen yhteenveto

## CPOR claim

cpor-claim-title = Valmistele asiakasliitoksen vaatimus
cpor-claim-intro = Anna vaatimuksen edellyttämät tiedot. Ne tarkistetaan Kumppanikeskuksen sääntöjen mukaan. Lataa tai tulosta vaatimus sitten ja anna se Kumppanikeskuksessa.
cpor-claim-checklist-lead = Tarvitset seuraavat tiedot vaatimuksen viimeistelemiseen:
cpor-claim-terms-locale = fi-fi

cpor-claim-item-1 = MPN-tunnus
cpor-claim-item-2 = Asiakkaan toimialuenimi
cpor-claim-item-3 = Asiakkaan hakemiston tunnus (vuokraajan tunnus)
cpor-claim-item-4 = Ratkaisualue
cpor-claim-item-5 = Aktiviteetti ja vaatimuksen tyyppi
cpor-claim-item-6 = Asiakkaan yhteyshenkilö
cpor-claim-item-7 = Asiakkaan tekninen yhteyshenkilö (Dynamics 365)
cpor-claim-item-8 = Yrityksesi yhteyshenkilö
cpor-claim-item-9 = Vaatimuksen nimi
cpor-claim-item-10 = Tuotteet tai työkuormat
cpor-claim-item-11 = Toteutuksen todiste (PoE)
cpor-claim-item-12 = Tuottoliitoksen tiedot

# Artikkelin tarkistusluettelon lihavoidut kenttien nimet siinä muodossa kuin artikkelin
# suomenkielinen käännös ne kirjoittaa (Microsoftin termistö; korpuksessa ei ole fi-fi-artikkelia).
cpor-claim-term-mpn-id = MPN-tunnus
cpor-claim-term-domain-name = toimialuenimi
cpor-claim-term-directory-id = hakemiston tunnus
cpor-claim-term-tenant-id = vuokraajan tunnus
cpor-claim-term-solution-area = Ratkaisualue
cpor-claim-term-activity = Aktiviteetti
cpor-claim-term-customer-contact-name = yhteyshenkilön nimi
cpor-claim-term-technical-contact = teknisen yhteyshenkilön
cpor-claim-term-partner-contact-name = yhteyshenkilön nimi
cpor-claim-term-claim-name = nimen
cpor-claim-term-products = Tuotteet
cpor-claim-term-proof-of-execution = Toteutuksen todiste
cpor-claim-term-dynamics-seller-name = Dynamics-ratkaisun myyjän nimi
cpor-claim-term-customer-name = Asiakkaan nimi
cpor-claim-term-isv-solution-name = ISV-tuotteen/-ratkaisun nimi

cpor-claim-group-customer-contact = Asiakkaasi yhteyshenkilö
cpor-claim-group-technical-contact = Asiakkaasi tekninen yhteyshenkilö
cpor-claim-group-partner-contact = Yrityksesi yhteyshenkilö
cpor-claim-required-when-solution-area-business-applications = Pakollinen Business Applications (Dynamics 365) -vaatimuksissa.
cpor-claim-shown-when-claim-type-revenue-association = Vain tuottoliitoksen vaatimuksissa.

cpor-claim-mpn-id-label = MPN-tunnus
cpor-claim-mpn-id-hint = Vaatimuksen esittävän kumppanisijainnin Microsoft Partner Network -tunnus numeroina, esimerkiksi 1234567.
cpor-claim-mpn-id-error-required = Anna MPN-tunnuksesi
cpor-claim-mpn-id-error-format = MPN-tunnus saa sisältää vain numeroita, esimerkiksi 1234567

cpor-claim-customer-domain-label = Asiakkaan toimialuenimi
cpor-claim-customer-domain-hint = Esimerkiksi contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = Anna asiakkaan toimialuenimi
cpor-claim-customer-domain-error-format = Anna toimialuenimi oikeassa muodossa, esimerkiksi contoso.onmicrosoft.com

cpor-claim-tenant-id-label = Asiakkaan hakemiston tunnus (vuokraajan tunnus)
cpor-claim-tenant-id-hint = Hakemiston tunnusta kutsutaan myös vuokraajan tunnukseksi: 32 heksadesimaalinumeroa viidessä ryhmässä, esimerkiksi 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f.
cpor-claim-tenant-id-error-required = Anna asiakkaan hakemiston tunnus (vuokraajan tunnus)
cpor-claim-tenant-id-error-format = Anna hakemiston tunnus (vuokraajan tunnus) oikeassa muodossa, esimerkiksi 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = Ratkaisualue
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = Valitse ratkaisualue

cpor-claim-claim-type-label = Aktiviteetti ja vaatimuksen tyyppi
cpor-claim-claim-type-pre-sales = Esimyynti
cpor-claim-claim-type-usage = Käyttö
cpor-claim-claim-type-revenue-association = Tuottoliitos
cpor-claim-claim-type-revenue-association-hint = Vain Business Applications
cpor-claim-claim-type-revenue-association-error = Tuottoliitos koskee vain Business Applications -aluetta: valitse Business Applications tai jokin muu vaatimuksen tyyppi
cpor-claim-claim-type-error-required = Valitse vaatimuksen tyyppi

cpor-claim-dynamics-seller-name-label = Dynamics-ratkaisun myyjän nimi
cpor-claim-dynamics-seller-name-error-required = Anna Dynamics-ratkaisun myyjän nimi
cpor-claim-customer-name-label = Asiakkaan nimi
cpor-claim-customer-name-error-required = Anna asiakkaan nimi
cpor-claim-isv-solution-name-label = ISV-tuotteen tai -ratkaisun nimi
cpor-claim-isv-solution-name-error-required = Anna ISV-tuotteen tai -ratkaisun nimi

cpor-claim-customer-contact-name-label = Nimi
cpor-claim-customer-contact-name-error-required = Anna asiakkaasi yhteyshenkilön nimi
cpor-claim-customer-contact-title-label = Tehtävänimike
cpor-claim-customer-contact-title-error-required = Anna asiakkaasi yhteyshenkilön tehtävänimike
cpor-claim-customer-contact-email-label = Sähköpostiosoite
cpor-claim-customer-contact-email-error-required = Anna asiakkaasi yhteyshenkilön sähköpostiosoite
cpor-claim-customer-contact-email-error-format = Anna sähköpostiosoite oikeassa muodossa, esimerkiksi name@example.com

cpor-claim-technical-contact-name-label = Nimi
cpor-claim-technical-contact-name-error-required = Anna asiakkaasi teknisen yhteyshenkilön nimi
cpor-claim-technical-contact-title-label = Tehtävänimike
cpor-claim-technical-contact-title-error-required = Anna asiakkaasi teknisen yhteyshenkilön tehtävänimike
cpor-claim-technical-contact-email-label = Sähköpostiosoite
cpor-claim-technical-contact-email-error-required = Anna asiakkaasi teknisen yhteyshenkilön sähköpostiosoite
cpor-claim-technical-contact-email-error-format = Anna sähköpostiosoite oikeassa muodossa, esimerkiksi name@example.com

cpor-claim-partner-contact-name-label = Nimi
cpor-claim-partner-contact-name-error-required = Anna yrityksesi yhteyshenkilön nimi
cpor-claim-partner-contact-email-label = Sähköpostiosoite
cpor-claim-partner-contact-email-error-required = Anna yrityksesi yhteyshenkilön sähköpostiosoite
cpor-claim-partner-contact-email-error-format = Anna sähköpostiosoite oikeassa muodossa, esimerkiksi name@example.com

cpor-claim-claim-name-label = Vaatimuksen nimi
cpor-claim-claim-name-hint = Itse valitsemasi nimi tälle vaatimukselle, jotta löydät sen Kumppanikeskuksesta uudelleen.
cpor-claim-claim-name-error-required = Anna vaatimukselle nimi

cpor-claim-products-label = Tuotteet tai työkuormat
cpor-claim-products-hint = Tuotteet tai työkuormat, joita vaatimus koskee, esimerkiksi Exchange Online tai Dynamics 365 Sales.
cpor-claim-products-error-required = Anna tuotteet tai työkuormat, joita vaatimus koskee

cpor-claim-subscription-id-label = Tilauksen tunnus
cpor-claim-subscription-id-hint = Vain Dynamics 365:lle, kun vaatimuksen tuotteella on tälle asiakkaalle useampi kuin yksi tilaus. GUID, esimerkiksi 3fa85f64-5717-4562-b3fc-2c963f66afa6.
cpor-claim-subscription-id-error-format = Anna tilauksen tunnus oikeassa muodossa, esimerkiksi 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = Toteutuksen todiste (PoE)
cpor-claim-proof-of-execution-hint = Kuvaile todiste, kuten asiakkaan allekirjoittama työnkuvaus. Itse asiakirja liitetään Kumppanikeskuksessa.
cpor-claim-proof-of-execution-error-required = Kuvaile toteutuksen todiste
