import { describe, expect, it } from "vitest";
import { cleanName } from "./multipart";
import { contentDisposition } from "./service";

describe("file names", () => {
  it("keeps the name the user knows: no folder, no control characters", () => {
    expect(cleanName("C:\\Users\\anna\\Beslut 2026.pdf")).toBe("Beslut 2026.pdf");
    expect(cleanName("../../etc/passwd")).toBe("passwd");
    expect(cleanName("rad\r\nbrytning.txt")).toBe("radbrytning.txt");
    expect(cleanName("")).toBe("fil");
    expect(cleanName(`${"å".repeat(300)}.pdf`)).toHaveLength(255);
  });

  it("sends the name as an attachment with an ASCII fallback and the UTF-8 name (RFC 6266/5987)", () => {
    expect(contentDisposition("Åtgärdsplan (v2).pdf")).toBe(`attachment; filename="_tg_rdsplan (v2).pdf"; filename*=UTF-8''%C3%85tg%C3%A4rdsplan%20%28v2%29.pdf`);
    expect(contentDisposition('a"b\\c.pdf')).toBe(`attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`);
  });
});
