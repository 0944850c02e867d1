# docloc UI strings: Korean (Korea) (ko-kr). Notes for translators: locales/en-us/ui.ftl.

skip-to-content = 주 콘텐츠로 건너뛰기
menu = 메뉴
table-of-contents = 목차
in-this-article = 이 문서의 내용
language-switcher = 언어
breadcrumb = 이동 경로
footer-text = 모든 언어로 제공되는 콘텐츠, docloc으로 빌드됨

article-date = 마지막 업데이트: { $date }

fallback-notice = 이 페이지는 아직 { $locale } 버전이 없습니다. { $fallback } 버전을 보고 있습니다.
fallback-badge = 번역되지 않음

alert-note = 참고
alert-tip = 팁
alert-important = 중요
alert-caution = 주의
alert-warning = 경고

image-enlarge = 선택하여 확대
image-description = 이미지 설명
video-link = 동영상 보기
tab-list-label = 탭 선택

redirect-title = 페이지 이동됨
redirect-notice = 이 페이지는 다음 주소로 이동되었습니다. { $url }
redirect-link = 새 페이지로 이동

root-choose-language = 언어 선택
landing-more = 자세히 보기
hub-highlights = 추천 콘텐츠
stale-notice = 이 번역은 이 페이지의 최신 버전보다 오래되었습니다.
stale-notice-sections = 이후 변경된 섹션: { $sections }.
stale-newest-link = 최신 버전 보기({ $language })
switcher-stale = 이전 버전


## Search

search = 검색
search-results = 검색 결과
search-no-results = “{ $query }”에 대한 결과가 없습니다.
search-loading = 검색하는 중…
search-unavailable = 여기에서는 검색을 사용할 수 없습니다.

## Page not found (404.html)

not-found-title = 페이지를 찾을 수 없음
not-found-text = 찾으시는 페이지가 없거나 이동되었습니다.
not-found-home = 홈페이지로 이동

## End of an article

article-navigation = 이전 및 다음 문서
previous-article = 이전
next-article = 다음

## Code blocks

code-copy = 복사
code-copied = 복사됨
code-language = 코드 언어

## Page actions and notices

edit-page = 편집
mt-notice = 이 문서는 기계 번역되었습니다.
mt-notice-source = 원래 버전: { $locale }
