/**
 * Named character references we decode: Latin-1 and the typographic marks news pages use
 * (quotes, dashes, Central European letters). The full HTML list has 2,231 names, nearly all
 * mathematical; an unknown name is left as written rather than guessed.
 */
const NAMED: Record<string, number> = {
  Tab:9, NewLine:10, quot:34, amp:38, apos:39, lt:60, gt:62, nbsp:160, iexcl:161, cent:162, pound:163,
  curren:164, yen:165, brvbar:166, sect:167, uml:168, copy:169, ordf:170, laquo:171, not:172, shy:173,
  reg:174, macr:175, deg:176, plusmn:177, sup2:178, sup3:179, acute:180, micro:181, para:182,
  middot:183, cedil:184, sup1:185, ordm:186, raquo:187, frac14:188, frac12:189, frac34:190,
  iquest:191, Agrave:192, Aacute:193, Acirc:194, Atilde:195, Auml:196, Aring:197, AElig:198,
  Ccedil:199, Egrave:200, Eacute:201, Ecirc:202, Euml:203, Igrave:204, Iacute:205, Icirc:206,
  Iuml:207, ETH:208, Ntilde:209, Ograve:210, Oacute:211, Ocirc:212, Otilde:213, Ouml:214, times:215,
  Oslash:216, Ugrave:217, Uacute:218, Ucirc:219, Uuml:220, Yacute:221, THORN:222, szlig:223,
  agrave:224, aacute:225, acirc:226, atilde:227, auml:228, aring:229, aelig:230, ccedil:231,
  egrave:232, eacute:233, ecirc:234, euml:235, igrave:236, iacute:237, icirc:238, iuml:239, eth:240,
  ntilde:241, ograve:242, oacute:243, ocirc:244, otilde:245, ouml:246, divide:247, oslash:248,
  ugrave:249, uacute:250, ucirc:251, uuml:252, yacute:253, thorn:254, yuml:255, Amacr:256, amacr:257,
  Aogon:260, aogon:261, Cacute:262, cacute:263, Ccaron:268, ccaron:269, Dcaron:270, dcaron:271,
  Dstrok:272, dstrok:273, Emacr:274, emacr:275, Eogon:280, eogon:281, Ecaron:282, ecaron:283,
  Gbreve:286, gbreve:287, Gcedil:290, Imacr:298, imacr:299, Idot:304, imath:305, Kcedil:310,
  kcedil:311, Lcedil:315, lcedil:316, Lcaron:317, lcaron:318, Lstrok:321, lstrok:322, Nacute:323,
  nacute:324, Ncedil:325, ncedil:326, Ncaron:327, ncaron:328, Omacr:332, omacr:333, Odblac:336,
  odblac:337, OElig:338, oelig:339, Rcedil:342, rcedil:343, Rcaron:344, rcaron:345, Sacute:346,
  sacute:347, Scedil:350, scedil:351, Scaron:352, scaron:353, Tcedil:354, tcedil:355, Tcaron:356,
  tcaron:357, Umacr:362, umacr:363, Uring:366, uring:367, Udblac:368, udblac:369, Yuml:376,
  Zacute:377, zacute:378, Zdot:379, zdot:380, Zcaron:381, zcaron:382, fnof:402, circ:710, tilde:732,
  Alpha:913, Beta:914, Gamma:915, Delta:916, Lambda:923, Pi:928, Sigma:931, Omega:937, alpha:945,
  beta:946, gamma:947, delta:948, lambda:955, mu:956, pi:960, sigma:963, omega:969, ensp:8194,
  emsp:8195, thinsp:8201, zwnj:8204, zwj:8205, lrm:8206, rlm:8207, ndash:8211, mdash:8212, lsquo:8216,
  rsquo:8217, sbquo:8218, ldquo:8220, rdquo:8221, bdquo:8222, dagger:8224, Dagger:8225, bull:8226,
  hellip:8230, permil:8240, prime:8242, Prime:8243, lsaquo:8249, rsaquo:8250, euro:8364, trade:8482,
  larr:8592, uarr:8593, rarr:8594, darr:8595, harr:8596, minus:8722, infin:8734, asymp:8776, ne:8800,
  le:8804, ge:8805,
};

/** Numeric references 0x80–0x9F mean windows-1252 characters, as browsers read them (old CMSs emit &#150;). */
const WINDOWS_1252: Record<number, number> = {
  128: 0x20ac, 130: 0x201a, 131: 0x0192, 132: 0x201e, 133: 0x2026, 134: 0x2020, 135: 0x2021,
  136: 0x02c6, 137: 0x2030, 138: 0x0160, 139: 0x2039, 140: 0x0152, 142: 0x017d, 145: 0x2018,
  146: 0x2019, 147: 0x201c, 148: 0x201d, 149: 0x2022, 150: 0x2013, 151: 0x2014, 152: 0x02dc,
  153: 0x2122, 154: 0x0161, 155: 0x203a, 156: 0x0153, 158: 0x017e, 159: 0x0178,
};

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/** Decodes character references in HTML text or attribute values. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const cp = NAMED[name];
      // Without the semicolon only a few legacy names are references ("&amp" yes, "&copyright" no).
      if (cp === undefined || (!whole.endsWith(';') && !LEGACY_NO_SEMICOLON.has(name))) return whole;
      return String.fromCodePoint(cp);
    }
    const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return String.fromCodePoint(numericToCodePoint(cp));
  });
}

const LEGACY_NO_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

function numericToCodePoint(cp: number): number {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0xfffd;
  return WINDOWS_1252[cp] ?? cp;
}
