# 양식 문자열(메시지 ID 규칙은 locales/en-us/forms.ftl 앞부분 참조).

## Shared

form-locale = ko-kr
form-error-prefix = 오류:{" "}
form-error-summary-title = 문제가 있습니다
form-optional = (선택 사항)
form-select-choose = 옵션 선택
form-check = 클레임 확인
form-download = JSON 다운로드
form-print = 클레임 인쇄
form-clear = 양식 지우기
form-checklist-title = 검사 목록
form-checklist-progress = { $total }개 항목 중 { $done }개 완료
form-status-complete = 완료
form-status-incomplete = 완료되지 않음
form-status-not-needed = 필요 없음
form-draft-offer = 이 클레임의 초안이 이 브라우저에 저장되어 있습니다.
form-draft-offer-hint = 계속하려면 초안을 복원하고, 필요 없으면 삭제하세요. 선택할 때까지 새 내용은 저장되지 않습니다.
form-draft-restore = 초안 복원
form-draft-discard = 초안 삭제
form-draft-restored = 초안을 복원했습니다.
form-draft-discarded = 초안을 삭제했습니다.
form-saved-locally = 입력한 내용은 이 언어의 초안으로 이 브라우저에만 보관됩니다. 아무 곳에도 전송되지 않습니다.
form-no-script = 답변 확인, 초안 보관 및 다운로드에는 JavaScript가 필요합니다. 이 양식은 JavaScript 없이도 읽고 인쇄할 수 있습니다.
form-cleared = 양식을 지우고 초안을 제거했습니다.
form-valid = 문제가 없습니다. 클레임을 다운로드하거나 인쇄한 다음 파트너 센터에 입력하세요.
form-print-title = 클레임 요약

## CPOR claim

cpor-claim-title = 고객 연결 클레임 준비
cpor-claim-intro = 클레임에 필요한 정보를 입력하세요. 입력한 내용은 파트너 센터의 규칙에 따라 확인됩니다. 그런 다음 클레임을 다운로드하거나 인쇄하여 파트너 센터에 입력하세요.
cpor-claim-checklist-lead = 클레임을 완료하려면 다음 정보가 필요합니다.
cpor-claim-terms-locale = ko-kr

cpor-claim-item-1 = MPN ID
cpor-claim-item-2 = 고객의 도메인 이름
cpor-claim-item-3 = 고객의 디렉터리(테넌트) ID
cpor-claim-item-4 = 솔루션 영역
cpor-claim-item-5 = 활동 및 클레임 유형
cpor-claim-item-6 = 고객의 연락처
cpor-claim-item-7 = 고객의 기술 담당자(Dynamics 365)
cpor-claim-item-8 = 회사의 연락처
cpor-claim-item-9 = 클레임 이름
cpor-claim-item-10 = 제품 또는 워크로드
cpor-claim-item-11 = 실행 증명(PoE)
cpor-claim-item-12 = 수익 연결 세부 정보

# 문서 검사 목록에서 굵게 표시된 필드 이름(문서의 한국어 번역에서 쓰는 표기, Microsoft 용어 기준.
# 코퍼스에는 ko-kr 문서가 없음).
cpor-claim-term-mpn-id = MPN ID
cpor-claim-term-domain-name = 도메인 이름
cpor-claim-term-directory-id = 디렉터리 ID
cpor-claim-term-tenant-id = 테넌트 ID
cpor-claim-term-solution-area = 솔루션 영역
cpor-claim-term-activity = 활동
cpor-claim-term-customer-contact-name = 연락처 이름
cpor-claim-term-technical-contact = 기술 담당자
cpor-claim-term-partner-contact-name = 연락처 이름
cpor-claim-term-claim-name = 이름
cpor-claim-term-products = 제품
cpor-claim-term-proof-of-execution = 실행 증명
cpor-claim-term-dynamics-seller-name = Dynamics 솔루션 판매자 이름
cpor-claim-term-customer-name = 고객 이름
cpor-claim-term-isv-solution-name = ISV 제품/솔루션 이름

cpor-claim-group-customer-contact = 고객의 연락처
cpor-claim-group-technical-contact = 고객의 기술 담당자
cpor-claim-group-partner-contact = 회사의 연락처
cpor-claim-required-when-solution-area-business-applications = Business Applications(Dynamics 365) 클레임에 필요합니다.
cpor-claim-shown-when-claim-type-revenue-association = 수익 연결 클레임에만 해당합니다.

cpor-claim-mpn-id-label = MPN ID
cpor-claim-mpn-id-hint = 클레임을 제출하는 파트너 위치의 Microsoft Partner Network ID이며 숫자로만 구성됩니다(예: 1234567).
cpor-claim-mpn-id-error-required = MPN ID를 입력하세요
cpor-claim-mpn-id-error-format = MPN ID에는 숫자만 사용할 수 있습니다(예: 1234567)

cpor-claim-customer-domain-label = 고객의 도메인 이름
cpor-claim-customer-domain-hint = 예: contoso.onmicrosoft.com
cpor-claim-customer-domain-error-required = 고객의 도메인 이름을 입력하세요
cpor-claim-customer-domain-error-format = 올바른 형식으로 도메인 이름을 입력하세요(예: contoso.onmicrosoft.com)

cpor-claim-tenant-id-label = 고객의 디렉터리(테넌트) ID
cpor-claim-tenant-id-hint = 디렉터리 ID는 테넌트 ID라고도 하며, 5개 그룹으로 나뉜 32자리 16진수입니다(예: 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f).
cpor-claim-tenant-id-error-required = 고객의 디렉터리(테넌트) ID를 입력하세요
cpor-claim-tenant-id-error-format = 올바른 형식으로 디렉터리(테넌트) ID를 입력하세요(예: 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f)

cpor-claim-solution-area-label = 솔루션 영역
cpor-claim-solution-area-microsoft-365 = Microsoft 365
cpor-claim-solution-area-business-applications = Business Applications
cpor-claim-solution-area-business-applications-hint = Dynamics 365
cpor-claim-solution-area-error-required = 솔루션 영역을 선택하세요

cpor-claim-claim-type-label = 활동 및 클레임 유형
cpor-claim-claim-type-pre-sales = 사전 판매
cpor-claim-claim-type-usage = 사용량
cpor-claim-claim-type-revenue-association = 수익 연결
cpor-claim-claim-type-revenue-association-hint = Business Applications 전용
cpor-claim-claim-type-revenue-association-error = 수익 연결은 Business Applications 전용입니다. Business Applications 또는 다른 클레임 유형을 선택하세요
cpor-claim-claim-type-error-required = 클레임 유형을 선택하세요

cpor-claim-dynamics-seller-name-label = Dynamics 솔루션 판매자 이름
cpor-claim-dynamics-seller-name-error-required = Dynamics 솔루션 판매자의 이름을 입력하세요
cpor-claim-customer-name-label = 고객 이름
cpor-claim-customer-name-error-required = 고객의 이름을 입력하세요
cpor-claim-isv-solution-name-label = ISV 제품 또는 솔루션 이름
cpor-claim-isv-solution-name-error-required = ISV 제품 또는 솔루션의 이름을 입력하세요

cpor-claim-customer-contact-name-label = 이름
cpor-claim-customer-contact-name-error-required = 고객 연락처의 이름을 입력하세요
cpor-claim-customer-contact-title-label = 직함
cpor-claim-customer-contact-title-error-required = 고객 연락처의 직함을 입력하세요
cpor-claim-customer-contact-email-label = 전자 메일 주소
cpor-claim-customer-contact-email-error-required = 고객 연락처의 전자 메일 주소를 입력하세요
cpor-claim-customer-contact-email-error-format = 올바른 형식으로 전자 메일 주소를 입력하세요(예: name@example.com)

cpor-claim-technical-contact-name-label = 이름
cpor-claim-technical-contact-name-error-required = 고객 기술 담당자의 이름을 입력하세요
cpor-claim-technical-contact-title-label = 직함
cpor-claim-technical-contact-title-error-required = 고객 기술 담당자의 직함을 입력하세요
cpor-claim-technical-contact-email-label = 전자 메일 주소
cpor-claim-technical-contact-email-error-required = 고객 기술 담당자의 전자 메일 주소를 입력하세요
cpor-claim-technical-contact-email-error-format = 올바른 형식으로 전자 메일 주소를 입력하세요(예: name@example.com)

cpor-claim-partner-contact-name-label = 이름
cpor-claim-partner-contact-name-error-required = 회사 연락처의 이름을 입력하세요
cpor-claim-partner-contact-email-label = 전자 메일 주소
cpor-claim-partner-contact-email-error-required = 회사 연락처의 전자 메일 주소를 입력하세요
cpor-claim-partner-contact-email-error-format = 올바른 형식으로 전자 메일 주소를 입력하세요(예: name@example.com)

cpor-claim-claim-name-label = 클레임 이름
cpor-claim-claim-name-hint = 파트너 센터에서 다시 찾을 수 있도록 이 클레임에 지정하는 이름입니다.
cpor-claim-claim-name-error-required = 클레임 이름을 입력하세요

cpor-claim-products-label = 제품 또는 워크로드
cpor-claim-products-hint = 클레임하는 제품 또는 워크로드입니다(예: Exchange Online 또는 Dynamics 365 Sales).
cpor-claim-products-error-required = 클레임하는 제품 또는 워크로드를 입력하세요

cpor-claim-subscription-id-label = 구독 ID
cpor-claim-subscription-id-hint = Dynamics 365 전용이며, 클레임하는 제품에 이 고객의 구독이 두 개 이상 있을 때 입력합니다. GUID 형식입니다(예: 3fa85f64-5717-4562-b3fc-2c963f66afa6).
cpor-claim-subscription-id-error-format = 올바른 형식으로 구독 ID를 입력하세요(예: 3fa85f64-5717-4562-b3fc-2c963f66afa6)

cpor-claim-proof-of-execution-label = 실행 증명(PoE)
cpor-claim-proof-of-execution-hint = 고객이 서명한 작업 명세서(SOW) 등 증명 내용을 설명하세요. 문서 자체는 파트너 센터에서 첨부합니다.
cpor-claim-proof-of-execution-error-required = 실행 증명을 설명하세요
