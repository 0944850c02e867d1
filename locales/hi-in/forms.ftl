# फ़ॉर्म स्ट्रिंग (संदेश ID की योजना locales/en-us/forms.ftl के आरंभ में बताई गई है)।

## Shared

form-locale = hi-in
form-error-prefix = त्रुटि:{" "}
form-error-summary-title = कोई समस्या है
form-optional = (वैकल्पिक)
form-select-choose = कोई विकल्प चुनें
form-check = दावे की जाँच करें
form-download = JSON डाउनलोड करें
form-print = दावा प्रिंट करें
form-clear = फ़ॉर्म साफ़ करें
form-checklist-title = चेकलिस्ट
form-checklist-progress = { $total } में से { $done } आइटम पूर्ण
form-status-complete = पूर्ण
form-status-incomplete = अपूर्ण
form-status-not-needed = आवश्यक नहीं
form-draft-offer = इस दावे का एक ड्राफ़्ट इस ब्राउज़र में सहेजा गया है।
form-draft-offer-hint = जारी रखने के लिए इसे पुनर्स्थापित करें, या इसे हटा दें। जब तक आप नहीं चुनते, कुछ भी नया सहेजा नहीं जाता।
form-draft-restore = ड्राफ़्ट पुनर्स्थापित करें
form-draft-discard = ड्राफ़्ट हटाएँ
form-draft-restored = ड्राफ़्ट पुनर्स्थापित किया गया।
form-draft-discarded = ड्राफ़्ट हटा दिया गया।
form-saved-locally = आप जो दर्ज करते हैं, वह केवल इस ब्राउज़र में, इस भाषा के ड्राफ़्ट के रूप में रखा जाता है। कुछ भी कहीं नहीं भेजा जाता।
form-no-script = उत्तरों की जाँच करने, ड्राफ़्ट रखने और डाउनलोड करने के लिए JavaScript आवश्यक है। आप फिर भी यह फ़ॉर्म पढ़ और प्रिंट कर सकते हैं।
form-cleared = फ़ॉर्म साफ़ कर दिया गया और उसका ड्राफ़्ट निकाल दिया गया।
form-valid = कोई समस्या नहीं मिली। दावा डाउनलोड या प्रिंट करें, फिर उसे भागीदार केंद्र में दर्ज करें।
form-print-title = दावे का सारांश

## CPOR claim

cpor-claim-title = अपना ग्राहक संबद्धता दावा तैयार करें
cpor-claim-intro = दावे के लिए आवश्यक जानकारी दर्ज करें; इसकी जाँच भागीदार केंद्र के नियमों के अनुसार की जाती है। फिर इसे डाउनलोड या प्रिंट करें और भागीदार केंद्र में दर्ज करें।
cpor-claim-checklist-lead = दावा पूरा करने के लिए आपको निम्न जानकारी की आवश्यकता होगी:
cpor-claim-terms-locale = hi-in

cpor-claim-item-1 = MPN ID
cpor-claim-item-2 = ग्राहक का डोमेन नाम
cpor-claim-item-3 = ग्राहक की निर्देशिका (टैनेंट) ID
cpor-claim-item-4 = समाधान क्षेत्र
cpor-claim-item-5 = गतिविधि और दावे का प्रकार
cpor-claim-item-6 = ग्राहक का संपर्क
cpor-claim-item-7 = ग्राहक का तकनीकी संपर्क (Dynamics 365)
cpor-claim-item-8 = आपकी कंपनी का संपर्क
cpor-claim-item-9 = दावे का नाम
cpor-claim-item-10 = उत्पाद या वर्कलोड
cpor-claim-item-11 = निष्पादन का प्रमाण (PoE)
cpor-claim-item-12 = राजस्व संबद्धता का विवरण

# आलेख की चेकलिस्ट में बोल्ड किए गए फ़ील्ड नाम, जैसे आलेख का हिंदी अनुवाद उन्हें लिखता है
# (Microsoft की शब्दावली; कॉर्पस में hi-in आलेख नहीं है)।
cpor-claim-term-mpn-id = MPN ID
cpor-claim-term-domain-name = डोमेन नाम
cpor-claim-term-directory-id = निर्देशिका ID
cpor-claim-term-tenant-id = टैनेंट ID
cpor-claim-term-solution-area = समाधान क्षेत्र
cpor-claim-term-activity = गतिविधि
cpor-claim-term-customer-contact-name = संपर्क नाम
cpor-claim-term-technical-contact = तकनीकी संपर्क
cpor-claim-term-partner-contact-name = संपर्क नाम
cpor-claim-term-claim-name = नाम
cpor-claim-term-products = उत्पाद
cpor-claim-term-proof-of-execution = निष्पादन का प्रमाण
cpor-claim-term-dynamics-seller-name = Dynamics समाधान विक्रेता का नाम
cpor-claim-term-customer-name = ग्राहक का नाम
cpor-claim-term-isv-solution-name = ISV उत्पाद/समाधान का नाम

cpor-claim-group-customer-contact = आपके ग्राहक का संपर्क
cpor-claim-group-technical-contact = आपके ग्राहक का तकनीकी संपर्क
cpor-claim-group-partner-contact = आपकी कंपनी का संपर्क
cpor-claim-required-when-solution-area-business-applications = Business Applications (Dynamics 365) दावों के लिए आवश्यक।
cpor-claim-shown-when-claim-type-revenue-association = केवल राजस्व संबद्धता दावों के लिए।

cpor-claim-mpn-id-label = MPN ID
cpor-claim-mpn-id-hint = दावा करने वाले भागीदार स्थान की Microsoft Partner Network ID, केवल अंकों में, उदाहरण के लिए 1234567।
cpor-claim-mpn-id-error-required = अपनी MPN ID दर्ज करें
cpor-claim-mpn-id-error-format = MPN ID में केवल अंक होने चाहिए, जैसे 1234567

cpor-claim-customer-domain-label = ग्राहक का डोमेन नाम
cpor-claim-customer-domain-hint = उदाहरण के लिए, contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = ग्राहक का डोमेन नाम दर्ज करें
cpor-claim-customer-domain-error-format = डोमेन नाम सही स्वरूप में दर्ज करें, जैसे contoso.onmicrosoft.com

cpor-claim-tenant-id-label = ग्राहक की निर्देशिका (टैनेंट) ID
cpor-claim-tenant-id-hint = निर्देशिका ID को टैनेंट ID भी कहा जाता है: पाँच समूहों में 32 हेक्साडेसिमल अंक, उदाहरण के लिए 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f।
cpor-claim-tenant-id-error-required = ग्राहक की निर्देशिका (टैनेंट) ID दर्ज करें
cpor-claim-tenant-id-error-format = निर्देशिका (टैनेंट) ID सही स्वरूप में दर्ज करें, जैसे 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f

cpor-claim-solution-area-label = समाधान क्षेत्र
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = समाधान क्षेत्र चुनें

cpor-claim-claim-type-label = गतिविधि और दावे का प्रकार
cpor-claim-claim-type-pre-sales = बिक्री-पूर्व
cpor-claim-claim-type-usage = उपयोग
cpor-claim-claim-type-revenue-association = राजस्व संबद्धता
cpor-claim-claim-type-revenue-association-hint = केवल Business Applications
cpor-claim-claim-type-revenue-association-error = राजस्व संबद्धता केवल Business Applications के लिए है: Business Applications या कोई अन्य दावा प्रकार चुनें
cpor-claim-claim-type-error-required = दावे का प्रकार चुनें

cpor-claim-dynamics-seller-name-label = Dynamics समाधान विक्रेता का नाम
cpor-claim-dynamics-seller-name-error-required = Dynamics समाधान विक्रेता का नाम दर्ज करें
cpor-claim-customer-name-label = ग्राहक का नाम
cpor-claim-customer-name-error-required = ग्राहक का नाम दर्ज करें
cpor-claim-isv-solution-name-label = ISV उत्पाद या समाधान का नाम
cpor-claim-isv-solution-name-error-required = ISV उत्पाद या समाधान का नाम दर्ज करें

cpor-claim-customer-contact-name-label = नाम
cpor-claim-customer-contact-name-error-required = अपने ग्राहक के संपर्क का नाम दर्ज करें
cpor-claim-customer-contact-title-label = पद
cpor-claim-customer-contact-title-error-required = अपने ग्राहक के संपर्क का पद दर्ज करें
cpor-claim-customer-contact-email-label = ईमेल पता
cpor-claim-customer-contact-email-error-required = अपने ग्राहक के संपर्क का ईमेल पता दर्ज करें
cpor-claim-customer-contact-email-error-format = ईमेल पता सही स्वरूप में दर्ज करें, जैसे name@example.com

cpor-claim-technical-contact-name-label = नाम
cpor-claim-technical-contact-name-error-required = अपने ग्राहक के तकनीकी संपर्क का नाम दर्ज करें
cpor-claim-technical-contact-title-label = पद
cpor-claim-technical-contact-title-error-required = अपने ग्राहक के तकनीकी संपर्क का पद दर्ज करें
cpor-claim-technical-contact-email-label = ईमेल पता
cpor-claim-technical-contact-email-error-required = अपने ग्राहक के तकनीकी संपर्क का ईमेल पता दर्ज करें
cpor-claim-technical-contact-email-error-format = ईमेल पता सही स्वरूप में दर्ज करें, जैसे name@example.com

cpor-claim-partner-contact-name-label = नाम
cpor-claim-partner-contact-name-error-required = अपनी कंपनी के संपर्क का नाम दर्ज करें
cpor-claim-partner-contact-email-label = ईमेल पता
cpor-claim-partner-contact-email-error-required = अपनी कंपनी के संपर्क का ईमेल पता दर्ज करें
cpor-claim-partner-contact-email-error-format = ईमेल पता सही स्वरूप में दर्ज करें, जैसे name@example.com

cpor-claim-claim-name-label = दावे का नाम
cpor-claim-claim-name-hint = इस दावे के लिए आपके द्वारा चुना गया नाम, ताकि आप इसे भागीदार केंद्र में फिर से ढूँढ सकें।
cpor-claim-claim-name-error-required = दावे का नाम दर्ज करें

cpor-claim-products-label = उत्पाद या वर्कलोड
cpor-claim-products-hint = वे उत्पाद या वर्कलोड जिनका आप दावा कर रहे हैं, उदाहरण के लिए Exchange Online या Dynamics 365 Sales।
cpor-claim-products-error-required = वे उत्पाद या वर्कलोड दर्ज करें जिनका आप दावा कर रहे हैं

cpor-claim-subscription-id-label = सदस्यता ID
cpor-claim-subscription-id-hint = केवल Dynamics 365 के लिए, जब दावा किए गए उत्पाद की इस ग्राहक के लिए एक से अधिक सदस्यताएँ हों। एक GUID, उदाहरण के लिए 3fa85f64-5717-4562-b3fc-2c963f66afa6।
cpor-claim-subscription-id-error-format = सदस्यता ID सही स्वरूप में दर्ज करें, जैसे 3fa85f64-5717-4562-b3fc-2c963f66afa6

cpor-claim-proof-of-execution-label = निष्पादन का प्रमाण (PoE)
cpor-claim-proof-of-execution-hint = प्रमाण का वर्णन करें, जैसे ग्राहक द्वारा हस्ताक्षरित कार्य विवरण। दस्तावेज़ स्वयं आप भागीदार केंद्र में संलग्न करते हैं।
cpor-claim-proof-of-execution-error-required = निष्पादन के प्रमाण का वर्णन करें
