"""Messages shaped like those integrators emit in the field (spec §6), written by hand."""

from __future__ import annotations

import base64

from tests.unit.axis.samples import PDF, zipped

NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016"

FIELD_DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<edXML xmlns="{NS}" xmlns:edXML="{NS}">
  <edXML:edXMLEnvelope>
    <edXML:edXMLHeader>
      <edXML:MessageHeader>
        <edXML:From><edXML:OrganId>28.22.H17</edXML:OrganId>
          <edXML:OrganName>Sở Nội vụ</edXML:OrganName></edXML:From>
        <edXML:To><edXML:OrganId>000.00.00.G22</edXML:OrganId></edXML:To>
        <edXML:Code><edXML:CodeNumber>12a</edXML:CodeNumber>
          <edXML:CodeNotation>SNV-VP</edXML:CodeNotation></edXML:Code>
        <edXML:PromulgationInfo><edXML:Place>Hòa Bình</edXML:Place>
          <edXML:PromulgationDate>2026/11/18</edXML:PromulgationDate></edXML:PromulgationInfo>
        <edXML:DocumentType><edXML:Type>18</edXML:Type><edXML:TypeName>Công văn</edXML:TypeName>
          <edXML:TypeDetail>0</edXML:TypeDetail></edXML:DocumentType>
        <edXML:Subject>V/v báo cáo</edXML:Subject>
        <edXML:OtherInfo><edXML:Priority>0</edXML:Priority>
          <edXML:Direction>1</edXML:Direction></edXML:OtherInfo>
        <edXML:ResponseFor><edXML:OrganId>000.00.00.G22</edXML:OrganId>
          <edXML:Code>7816/VPCP-TTĐT</edXML:Code>
          <edXML:PromulgationDate>2026/11/01</edXML:PromulgationDate>
          <edXML:DocumentId>000.00.00.G22,2026/11/01,7816/VPCP-TTĐT</edXML:DocumentId>
        </edXML:ResponseFor>
        <edXML:SteeringType>0</edXML:SteeringType>
        <edXML:DocumentId>28.22.H17,2026/11/18,12a/SNV-VP</edXML:DocumentId>
        <edXML:ReplyFors/>
      </edXML:MessageHeader>
      <edXML:TraceHeaderList>
        <edXML:TraceHeader><edXML:OrganId>28.22.H17</edXML:OrganId>
          <edXML:Timestamp>18/11/2026 14:05:00</edXML:Timestamp></edXML:TraceHeader>
        <edXML:Bussiness><edXML:BussinessDocType>0</edXML:BussinessDocType>
          <edXML:Paper>0</edXML:Paper></edXML:Bussiness>
      </edXML:TraceHeaderList>
    </edXML:edXMLHeader>
    <edXML:edXMLBody><edXML:edXMLManifest>
      <edXML:Reference><edXML:ContentId>cid:1</edXML:ContentId>
        <edXML:ContentType>application/pdf</edXML:ContentType>
        <edXML:AttachmentName>bao-cao.pdf</edXML:AttachmentName></edXML:Reference>
      <edXML:Reference><edXML:ContentId>cid:2</edXML:ContentId>
        <edXML:ContentType>application/zip</edXML:ContentType>
        <edXML:AttachmentName>phu-luc.zip</edXML:AttachmentName></edXML:Reference>
    </edXML:edXMLManifest></edXML:edXMLBody>
  </edXML:edXMLEnvelope>
  <AttachmentEncoded xmlns="">
    <Attachment><ContentId>cid:1</ContentId>
      <edXML:ContentTransferEncoded>{base64.encodebytes(PDF).decode()}</edXML:ContentTransferEncoded>
    </Attachment>
    <Attachment><ContentId>cid:2</ContentId>
      <ContentTransferEncoded>{base64.b64encode(zipped({"a.pdf": PDF})).decode()}
      </ContentTransferEncoded>
    </Attachment>
  </AttachmentEncoded>
</edXML>
""".encode()

FIELD_STATUS = f"""<?xml version="1.0" encoding="UTF-8"?>
<edXML xmlns="{NS}" xmlns:edXML="{NS}"><edXML:edXMLEnvelope><edXML:edXMLHeader>
  <edXML:MessageHeader>
    <edXML:From><edXML:OrganId>000.00.00.H41</edXML:OrganId></edXML:From>
    <edXML:ResponseFor><edXML:OrganId>000.00.00.G22</edXML:OrganId>
      <edXML:Code>7816/VPCP-TTĐT</edXML:Code>
      <edXML:PromulgationDate>2026/11/20</edXML:PromulgationDate>
      <edXML:DocumentId>000.00.00.G22,2026/11/20,7816/VPCP-TTĐT</edXML:DocumentId>
    </edXML:ResponseFor>
    <edXML:StaffInfo><edXML:Staff>Lê Thị C</edXML:Staff></edXML:StaffInfo>
    <edXML:StatusCode>3</edXML:StatusCode>
    <edXML:Description>Đã vào sổ</edXML:Description>
    <edXML:Timestamp>20/11/2026 10:00:05</edXML:Timestamp>
  </edXML:MessageHeader>
</edXML:edXMLHeader></edXML:edXMLEnvelope></edXML>
""".encode()
