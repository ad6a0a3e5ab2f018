#!/usr/bin/env python3
"""Independent verifier of dpiakit sign-off signatures (schema dpiakit.dpia/v2).

Uses only the Python 3 standard library. It follows the algorithm as the
documentation of dpia.Assessment.Sign states it, byte for byte: RFC 8785
(JSON Canonicalization Scheme) over projections of the JSON document, SHA-256,
and pure Ed25519 (RFC 8032) for keyed signatures; and the legacy "sha256:"
digest of dpiakit.dpia/v1 (dpia.Assessment.LegacyDigest). A record holding
section digests ("sections": the digest of each member of the content) names
the sections that changed when the content digest differs.

Usage:
    verify.py FILE...

A FILE is either a DPIA document as dpia.Encode writes it, whose rows are
printed with their state, or a test vector {"document": ..., "trusted_keys":
{"key id": "<base64 Ed25519 public key>"}, "digests": {"content": ...,
"rows": [...]}, "expect": [...]}, whose computed digests and states must
equal "digests" and "expect". The exit status is 0 when every vector matches
and every document's signatures are current, 1 otherwise, 2 on bad input.
"""

import base64
from decimal import Decimal
import hashlib
import json
import sys

ALGORITHM = "jcs-sha256"
LEGACY = "sha256"
SCHEMA_V1 = "dpiakit.dpia/v1"
MAX_EXACT_INTEGER = 2 ** 53 - 1


# RFC 8785: the JSON Canonicalization Scheme.

def es6_number(f):
    """Format a double as ECMAScript's Number.prototype.toString does."""
    if f != f or f in (float("inf"), float("-inf")):
        raise ValueError("JCS has no form for %r" % f)
    if f == 0:
        return "0"
    sign = "-" if f < 0 else ""
    # The shortest decimal that reads back as f, as value = 0.<digits> * 10**n.
    _, digs, exp = Decimal(repr(abs(f))).as_tuple()
    digits = "".join(map(str, digs)).lstrip("0")
    while digits.endswith("0"):
        digits = digits[:-1]
        exp += 1
    n = len(digits) + exp
    k = len(digits)
    if k <= n <= 21:
        out = digits + "0" * (n - k)
    elif 0 < n <= 21:
        out = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        out = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        out = digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + ("+" if e > 0 else "-") + str(abs(e))
    return sign + out


def jcs(v):
    """Return the RFC 8785 form of a parsed JSON value, as a str."""
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, str):
        # Only the quote, the backslash and the control characters are
        # escaped, these as \b \t \n \f \r or \u00xx (lower case).
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, int) and abs(v) > MAX_EXACT_INTEGER:
        raise ValueError("%d is beyond %d, which a signature does not cover exactly" % (v, MAX_EXACT_INTEGER))
    if isinstance(v, (int, float)):
        return es6_number(float(v))
    if isinstance(v, list):
        return "[" + ",".join(jcs(x) for x in v) + "]"
    if isinstance(v, dict):
        keys = sorted(v, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(jcs(k) + ":" + jcs(v[k]) for k in keys) + "}"
    raise TypeError("not a JSON value: %r" % (v,))


def digest(v):
    return hashlib.sha256(jcs(v).encode("utf-8")).hexdigest()


# The projections of dpia.Assessment.Sign, steps 1 to 5.

def content_projection(doc):
    content = {k: v for k, v in doc.items() if k != "status"}
    sign_off = content.pop("sign_off", None)
    if sign_off is not None:
        rest = {k: v for k, v in sign_off.items() if k not in ("steps", "prior_consultation")}
        if rest:
            content["sign_off"] = rest
    return content


# The labels a stale signature gives the members of the content projection
# whose section digests ("sections" in the record) changed, in the order it
# names them; every other member is part of the identity, named first.
IDENTITY = "Identity"
SECTIONS = [
    ("parties", "Parties"),
    ("need", "Step 1: Identify the need for a DPIA"),
    ("processing", "Step 2: Describe the processing"),
    ("inventory", "Step 2: Describe the processing (data inventory)"),
    ("consultation", "Step 3: Consultation process"),
    ("necessity", "Step 4: Assess necessity and proportionality"),
    ("risk_context", "Step 5: Identify and assess risks (risk context)"),
    ("risks", "Step 5: Identify and assess risks"),
    ("outstanding_risks", "Step 6: Identify measures to reduce risk (outstanding risks)"),
    ("action_plan", "Step 7: Sign off and record outcomes (action plan)"),
    ("ig_reviews", "Step 7: Sign off and record outcomes (IG reviews)"),
    ("sign_off", "Step 7: Sign off and record outcomes (custom questions)"),
    ("evaluations", "Evaluations"),
    ("approval_override", "Approval override"),
    ("review", "Step 7: Sign off and record outcomes (review plan)"),
    ("outcomes", "Step 7: Sign off and record outcomes (outcomes)"),
    ("attachments", "Attachments"),
    ("questions", "Custom questions"),
    ("rich_text", "Formatted text"),
]


def section_digests(content):
    return {k: digest(v) for k, v in content.items()}


def changed_sections(recorded, current):
    """The labels of the sections whose digests differ, each once, in order."""
    names = [k for k in recorded if current.get(k) != recorded[k]] + [k for k in current if k not in recorded]
    order = [IDENTITY] + [label for _, label in SECTIONS]
    labels = {dict(SECTIONS).get(k, IDENTITY) for k in names}
    return [label for label in order if label in labels]


def own_row(row):
    return {k: v for k, v in row.items() if k not in ("digest", "signature")}


def record_digest(record):
    manifest = {k: v for k, v in record.items() if k not in ("key_id", "value")}
    manifest["algorithm"] = ALGORITHM
    return ALGORITHM + ":" + digest(manifest)


def is_hex(s):
    return isinstance(s, str) and len(s) == 64 and all(c in "0123456789abcdef" for c in s)


def legacy_digest(doc):
    """The dpiakit.dpia/v1 digest: compact JSON in the document's own order."""
    content = {k: v for k, v in doc.items() if k not in ("status", "sign_off")}
    content["schema"] = SCHEMA_V1
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return LEGACY + ":" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def path(i):
    return "sign_off.steps[%d]" % i


def is_signed(row):
    signer = row.get("signer", {}).get("person", {})
    named = (signer.get("name", "").strip() or signer.get("position", "").strip())
    return bool(named or row.get("date") or row.get("digest"))


def check_record(rows, i):
    row = rows[i]
    rec = row.get("signature", {})
    key_id, value = rec.get("key_id", ""), rec.get("value", "")
    own = rec.get("row", {})
    if not is_hex(rec.get("content")):
        return "the signature record has no content digest"
    if not is_hex(own.get("digest")) or own.get("index", -1) < 0:
        return "the signature record names no signed row"
    if bool(key_id) != bool(value):
        return "the signature record names a key without a signature, or a signature without a key"
    last = -1
    for c in rec.get("covers", []):
        if c["index"] <= last or c["index"] == own["index"] or not is_hex(c.get("digest")):
            return "the rows the signature record covers are not in order, repeat its own row, or lack a digest"
        last = c["index"]
    for name, d in rec.get("sections", {}).items():
        if not name or not is_hex(d):
            return "the signature record holds a section digest without a name or not of 64 lower-case hex digits"
    if record_digest(rec) != row["digest"]:
        return "the digest is not the digest of its signature record: one of them was edited"
    k = own["index"]
    if k != i and k < len(rows) and rows[k].get("digest") == row["digest"]:
        return "it copies the signature of " + path(k)
    return ""


def digests(doc):
    """The digests of the content and of each row, as the vectors list them."""
    rows = doc.get("sign_off", {}).get("steps", [])
    return {"content": digest(content_projection(doc)), "rows": [digest(own_row(r)) for r in rows]}


def states(doc, trusted):
    rows = doc.get("sign_off", {}).get("steps", [])
    projection = content_projection(doc)
    content = digest(projection)
    own = [digest(own_row(r)) for r in rows]
    out = []
    for i, row in enumerate(rows):
        d = row.get("digest", "")
        rec = row.get("signature", {})
        s = {"index": i, "status": "", "changed": [], "key": "unchecked" if not trusted else "missing"}
        if not d:
            if rec:
                s["status"], s["changed"] = "forged", ["a signature record without a digest"]
            else:
                s["status"] = "paper" if is_signed(row) else "none"
            out.append(s)
            continue
        algo, _, hexpart = d.partition(":")
        if algo == LEGACY and is_hex(hexpart):
            s["status"] = "current" if d == legacy_digest(doc) else "stale"
            if s["status"] == "stale":
                s["changed"] = ["the content"]
            out.append(s)
            continue
        if algo != ALGORITHM or not is_hex(hexpart):
            s["status"] = "forged"
            s["changed"] = ["the digest is not of the form jcs-sha256:<64 lower-case hex digits>"]
            out.append(s)
            continue
        problem = check_record(rows, i)
        if problem:
            s["status"], s["changed"] = "forged", [problem]
            out.append(s)
            continue
        if trusted:
            s["key"] = verify_keyed(trusted, rec, hexpart)
        changed = []
        if rec["row"]["index"] != i:
            changed.append("its place: it was given on " + path(rec["row"]["index"]) + ", and rows were inserted or removed before it")
        if rec["row"]["digest"] != own[i]:
            changed.append("its own row")
        if rec["content"] != content:
            # The content digest decides; the section digests only name
            # what changed, when the record has them and any differs.
            named = changed_sections(rec.get("sections", {}), section_digests(projection)) if rec.get("sections") else []
            changed.extend(named or ["the content"])
        for c in rec.get("covers", []) if rec["row"]["index"] == i else []:
            j = c["index"]
            if j >= len(rows):
                changed.append(path(j) + ", signed before it, which is gone")
            elif c["digest"] != own[j]:
                changed.append(path(j) + ", signed before it")
        s["status"] = "stale" if changed else "current"
        s["changed"] = changed
        out.append(s)
    return out


# Ed25519 verification (RFC 8032 section 5.1.7), after the reference code
# of RFC 8032 section 6.

P = 2 ** 255 - 19
L = 2 ** 252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)


def _add(a, b):
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    A = (y1 - x1) * (y2 - x2) % P
    B = (y1 + x1) * (y2 + x2) % P
    C = t1 * 2 * D * t2 % P
    Dd = z1 * 2 * z2 % P
    E, F, G, H = B - A, Dd - C, Dd + C, B + A
    return (E * F % P, G * H % P, F * G % P, E * H % P)


def _mul(s, pt):
    q = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            q = _add(q, pt)
        pt = _add(pt, pt)
        s >>= 1
    return q


def _equal(a, b):
    x1, y1, z1, _ = a
    x2, y2, z2, _ = b
    return (x1 * z2 - x2 * z1) % P == 0 and (y1 * z2 - y2 * z1) % P == 0


def _recover_x(y, sign):
    if y >= P:
        return None
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P)
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P != 0:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P != 0:
        return None
    if (x & 1) != sign:
        x = P - x
    return x


def _decompress(s):
    if len(s) != 32:
        return None
    y = int.from_bytes(s, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = _recover_x(y, sign)
    if x is None:
        return None
    return (x, y, 1, x * y % P)


_GY = 4 * pow(5, P - 2, P) % P
_G = (_recover_x(_GY, 0), _GY, 1, _recover_x(_GY, 0) * _GY % P)


def ed25519_verify(public, msg, sig):
    if len(public) != 32 or len(sig) != 64:
        return False
    A = _decompress(public)
    R = _decompress(sig[:32])
    if A is None or R is None:
        return False
    s = int.from_bytes(sig[32:], "little")
    if s >= L:
        return False
    h = int.from_bytes(hashlib.sha512(sig[:32] + public + msg).digest(), "little") % L
    return _equal(_mul(s, _G), _add(R, _mul(h, A)))


def verify_keyed(trusted, rec, hexpart):
    key_id = rec.get("key_id", "")
    if not key_id:
        return "missing"
    if key_id not in trusted:
        return "untrusted"
    try:
        sig = base64.b64decode(rec.get("value", ""), validate=True)
    except ValueError:
        return "invalid"
    public = base64.b64decode(trusted[key_id])
    return "verified" if ed25519_verify(public, bytes.fromhex(hexpart), sig) else "invalid"


def main(files):
    ok = True
    for name in files:
        try:
            with open(name, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError) as e:
            print("%s: %s" % (name, e), file=sys.stderr)
            return 2
        if "document" in data:
            got = states(data["document"], data.get("trusted_keys") or {})
            parts = digests(data["document"])
            if parts != data.get("digests"):
                ok = False
                print("%s: MISMATCH\n  got    %s\n  expect %s" % (name, json.dumps(parts), json.dumps(data.get("digests"))))
            elif got != data.get("expect"):
                ok = False
                print("%s: MISMATCH\n  got    %s\n  expect %s" % (name, json.dumps(got), json.dumps(data.get("expect"))))
            else:
                print("%s: ok (%d rows)" % (name, len(got)))
            continue
        for s in states(data, {}):
            print("%s: %s %s%s" % (name, path(s["index"]), s["status"],
                                   (": " + "; ".join(s["changed"])) if s["changed"] else ""))
            if s["status"] in ("stale", "forged"):
                ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
