const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * scormManifest({ lesson, title, files }) → the imsmanifest.xml of a lesson's SCORM 1.2 package:
 * one SCO (index.html) holding every file, mastery score 100 (all problems earn their point).
 * The build writes it, and the instructors page again when it makes a practice or fixed-seed copy.
 */
export function scormManifest({
  lesson,
  title,
  files,
}: {
  lesson: string;
  title: string;
  files: string[];
}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="descent-${esc(lesson)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="descent">
    <organization identifier="descent">
      <title>${esc(title)}</title>
      <item identifier="item-${esc(lesson)}" identifierref="res-${esc(lesson)}" isvisible="true">
        <title>${esc(title)}</title>
        <adlcp:masteryscore>100</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-${esc(lesson)}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files
  .filter((f) => f !== 'imsmanifest.xml')
  .map((f) => `      <file href="${esc(f)}"/>`)
  .join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
