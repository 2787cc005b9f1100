<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AccountView</name>
    <message>
        <location filename="../screens/account/view.py" line="51"/>
        <source>My account</source>
        <translation>Tài khoản của tôi</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="72"/>
        <source>Profile</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="75"/>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="76"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="77"/>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="78"/>
        <source>Roles:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="79"/>
        <source>E-mail:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="80"/>
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="81"/>
        <source>Password changed:</source>
        <translation>Đổi mật khẩu lần cuối:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="91"/>
        <location filename="../screens/account/view.py" line="95"/>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="98"/>
        <source>Current password:</source>
        <translation>Mật khẩu hiện tại:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="99"/>
        <source>New password:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="100"/>
        <source>Repeat new password:</source>
        <translation>Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="108"/>
        <location filename="../screens/account/view.py" line="183"/>
        <source>Signature image</source>
        <translation>Ảnh chữ ký</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="109"/>
        <source>No signature image yet.</source>
        <translation>Chưa có ảnh chữ ký.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="114"/>
        <source>Upload PNG…</source>
        <translation>Tải lên ảnh PNG…</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="116"/>
        <source>A transparent PNG of your handwritten signature.</source>
        <translation>Ảnh PNG nền trong suốt của chữ ký tay.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="125"/>
        <source>Signing certificates</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="128"/>
        <source>Add certificate…</source>
        <translation>Thêm chứng thư số…</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="129"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="147"/>
        <source>Enter your current and new password.</source>
        <translation>Hãy nhập mật khẩu hiện tại và mật khẩu mới.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="150"/>
        <source>The new passwords do not match.</source>
        <translation>Hai lần nhập mật khẩu mới không khớp.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="160"/>
        <source>Password changed. Your other sessions have been signed out.</source>
        <translation>Đã đổi mật khẩu. Các phiên làm việc khác đã được đăng xuất.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="175"/>
        <source>The image cannot be shown.</source>
        <translation>Không hiển thị được ảnh.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="183"/>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="198"/>
        <source>Signature image saved.</source>
        <translation>Đã lưu ảnh chữ ký.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="213"/>
        <source>{subject}
Issued by {issuer}; valid {start} – {end}</source>
        <translation>{subject}
Cấp bởi {issuer}; hiệu lực {start} – {end}</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="221"/>
        <source>No certificate bound yet.</source>
        <translation>Chưa gắn chứng thư số nào.</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="226"/>
        <source>Signing certificate</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="227"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Chứng thư số (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../screens/account/view.py" line="236"/>
        <source>Certificate added.</source>
        <translation>Đã thêm chứng thư số.</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <location filename="../screens/admin/view.py" line="18"/>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../screens/admin/view.py" line="25"/>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../screens/admin/view.py" line="28"/>
        <source>Audit log</source>
        <translation>Nhật ký hệ thống</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="147"/>
        <source>Agenda</source>
        <translation>Chương trình họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="148"/>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="148"/>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="148"/>
        <source>Time allotted</source>
        <translation>Thời gian dự kiến</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="150"/>
        <source>Title of the agenda item</source>
        <translation>Tên nội dung họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="151"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="152"/>
        <source>Confidential (only members see it)</source>
        <translation>Mật (chỉ thành viên được xem)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="153"/>
        <source>May be adopted without discussion when nobody objects</source>
        <translation>Có thể thông qua không thảo luận nếu không ai phản đối</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="154"/>
        <source>Add item</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="155"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="156"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="157"/>
        <location filename="../screens/meetings/agenda_editor.py" line="270"/>
        <source>Remove item</source>
        <translation>Xóa nội dung</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="158"/>
        <source>Document title (the file name if empty)</source>
        <translation>Tên tài liệu (để trống thì lấy tên tệp)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="159"/>
        <source>Why the document is replaced (shown to everyone)</source>
        <translation>Lý do thay thế tài liệu (mọi người đều thấy)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="160"/>
        <source>Attach a PDF…</source>
        <translation>Đính kèm tệp PDF…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="161"/>
        <source>Replace the chosen document…</source>
        <translation>Thay thế tài liệu đã chọn…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="174"/>
        <source>(no presenter)</source>
        <translation>(không có người trình bày)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="182"/>
        <source>presented by %1</source>
        <translation>%1 trình bày</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="184"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="186"/>
        <source>confidential</source>
        <translation>mật</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/meetings/agenda_editor.py" line="189"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/meetings/agenda_editor.py" line="233"/>
        <source>(%n document(s) replaced; the history is kept)</source>
        <translation>
            <numerusform>(đã thay thế %n tài liệu; lịch sử được lưu lại)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="257"/>
        <source>Item added.</source>
        <translation>Đã thêm nội dung.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="267"/>
        <source>Agenda order saved.</source>
        <translation>Đã lưu thứ tự chương trình họp.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="278"/>
        <source>Remove “%1” from the agenda?</source>
        <translation>Xóa nội dung “%1” khỏi chương trình họp?</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="280"/>
        <source>The participants were invited and will be told.</source>
        <translation>Thành phần tham dự đã được mời và sẽ được thông báo.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="284"/>
        <source>Item removed from the agenda.</source>
        <translation>Đã xóa nội dung khỏi chương trình họp.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="287"/>
        <source>Choose a PDF</source>
        <translation>Chọn tệp PDF</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="305"/>
        <source>Document attached.</source>
        <translation>Đã đính kèm tài liệu.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="316"/>
        <source>Write why the document is replaced first.</source>
        <translation>Hãy nhập lý do thay thế tài liệu trước.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda_editor.py" line="330"/>
        <source>Document replaced; everyone was alerted.</source>
        <translation>Đã thay thế tài liệu; mọi người đã được thông báo.</translation>
    </message>
</context>
<context>
    <name>ArchiveLabels</name>
    <message>
        <location filename="../archivelabels.py" line="14"/>
        <source>Dossier opened</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="15"/>
        <source>Document filed</source>
        <translation>Đưa văn bản vào hồ sơ</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="16"/>
        <source>Document taken out</source>
        <translation>Bỏ văn bản khỏi hồ sơ</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="17"/>
        <source>Dossier closed</source>
        <translation>Kết thúc hồ sơ</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="18"/>
        <source>Package built</source>
        <translation>Đóng gói hồ sơ</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="19"/>
        <source>Dossier transferred</source>
        <translation>Nộp lưu hồ sơ</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="20"/>
        <source>Legal hold placed</source>
        <translation>Phong tỏa hồ sơ</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="21"/>
        <source>Legal hold released</source>
        <translation>Gỡ phong tỏa hồ sơ</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="22"/>
        <source>Disposal approved</source>
        <translation>Phê duyệt hủy hồ sơ</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="23"/>
        <source>Dossier disposed of</source>
        <translation>Hủy hồ sơ</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="33"/>
        <source>Transfer {code} to the archive within {days} days: {title}</source>
        <translation>Nộp lưu hồ sơ {code} trong {days} ngày tới: {title}</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="37"/>
        <source>Transfer of {code} is overdue since {deadline}: {title}</source>
        <translation>Hồ sơ {code} đã quá hạn nộp lưu từ {deadline}: {title}</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="41"/>
        <source>Fixity check: {count} damaged or missing file(s)</source>
        <translation>Kiểm tra toàn vẹn: {count} tệp bị hỏng hoặc bị mất</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="44"/>
        <source>Dossier catalogue {year} approved</source>
        <translation>Danh mục hồ sơ năm {year} đã được phê duyệt</translation>
    </message>
    <message>
        <location filename="../archivelabels.py" line="47"/>
        <source>{action}: {code} {title}</source>
        <translation>{action}: {code} {title}</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <location filename="../screens/archive/view.py" line="112"/>
        <source>Dossiers and archive</source>
        <translation>Hồ sơ và lưu trữ</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="113"/>
        <source>Search dossiers (with or without diacritics)</source>
        <translation>Tìm hồ sơ (có hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="114"/>
        <location filename="../screens/archive/view.py" line="127"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="114"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="116"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="116"/>
        <source>Notation:</source>
        <translation>Số và ký hiệu hồ sơ:</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="116"/>
        <source>Title:</source>
        <translation>Tiêu đề hồ sơ:</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="117"/>
        <source>Retention:</source>
        <translation>Thời hạn bảo quản:</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="119"/>
        <source>From the catalogue if left empty</source>
        <translation>Lấy theo danh mục hồ sơ nếu để trống</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="122"/>
        <source>Record category, or permanent, or years</source>
        <translation>Loại hồ sơ theo bảng thời hạn, hoặc Vĩnh viễn, hoặc số năm</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="123"/>
        <source>Open dossier</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="124"/>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="125"/>
        <location filename="../screens/archive/view.py" line="158"/>
        <source>Transfer deadlines</source>
        <translation>Hạn nộp lưu</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="126"/>
        <source>Fixity report</source>
        <translation>Báo cáo kiểm tra toàn vẹn</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="127"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="128"/>
        <source>Transfer by</source>
        <translation>Hạn nộp lưu</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="128"/>
        <source>Time left</source>
        <translation>Thời gian còn lại</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="129"/>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="129"/>
        <source>Items checked</source>
        <translation>Số mục đã kiểm tra</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="130"/>
        <source>Megabytes</source>
        <translation>Megabyte</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="130"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../screens/archive/view.py" line="131"/>
        <source>Check fixity now</source>
        <translation>Kiểm tra toàn vẹn ngay</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="29"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="30"/>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="31"/>
        <source>Transferred</source>
        <translation>Đã nộp lưu</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="32"/>
        <source>Disposed</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="60"/>
        <source>Planned</source>
        <translation>Trong danh mục</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="61"/>
        <source>Planned, not approved</source>
        <translation>Trong danh mục, chưa duyệt</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="90"/>
        <source>%1 days overdue</source>
        <translation>Quá hạn %1 ngày</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="92"/>
        <source>%1 days left</source>
        <translation>Còn %1 ngày</translation>
    </message>
    <message>
        <location filename="../screens/archive/lists.py" line="76"/>
        <source>No problem found</source>
        <translation>Không phát hiện vấn đề</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../screens/document/dialogs.py" line="265"/>
        <source>Assign an officer</source>
        <translation>Phân công chuyên viên</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="274"/>
        <source>Officer:</source>
        <translation>Chuyên viên:</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="275"/>
        <source>Internal deadline:</source>
        <translation>Hạn xử lý nội bộ:</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="276"/>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="278"/>
        <source>The leader&apos;s deadline is {date}.</source>
        <translation>Hạn xử lý của lãnh đạo là {date}.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../itemmodels/audit.py" line="71"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="72"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="73"/>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="74"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="75"/>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="76"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../itemmodels/audit.py" line="91"/>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../screens/admin/audit.py" line="32"/>
        <source>Verify chain</source>
        <translation>Kiểm tra toàn vẹn</translation>
    </message>
    <message>
        <location filename="../screens/admin/audit.py" line="33"/>
        <source>Newest</source>
        <translation>Mới nhất</translation>
    </message>
    <message>
        <location filename="../screens/admin/audit.py" line="34"/>
        <source>Older entries</source>
        <translation>Cũ hơn</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/admin/audit.py" line="105"/>
        <source>The audit chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>Chuỗi nhật ký toàn vẹn: đã kiểm tra %n mục.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/admin/audit.py" line="110"/>
        <source>The audit chain is BROKEN ({count} problem(s)):</source>
        <translation>Chuỗi nhật ký BỊ PHÁ VỠ ({count} lỗi):</translation>
    </message>
</context>
<context>
    <name>AxisLabels</name>
    <message>
        <location filename="../screens/axis/lists.py" line="27"/>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="28"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="29"/>
        <source>Failed</source>
        <translation>Gửi lỗi</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="37"/>
        <source>Status {code}</source>
        <translation>Trạng thái {code}</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="38"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="44"/>
        <source>Waiting for a decision</source>
        <translation>Chờ quyết định</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="45"/>
        <source>Taken in again</source>
        <translation>Đã tiếp nhận lại</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="46"/>
        <source>Dismissed</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <location filename="../screens/axis/lists.py" line="56"/>
        <source>{n} B</source>
        <translation>{n} byte</translation>
    </message>
</context>
<context>
    <name>AxisView</name>
    <message>
        <location filename="../screens/axis/view.py" line="97"/>
        <source>National document axis</source>
        <translation>Trục liên thông văn bản quốc gia</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="99"/>
        <source>Connector:</source>
        <translation>Kết nối:</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="99"/>
        <source>Hub:</source>
        <translation>Máy chủ trục:</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="99"/>
        <source>Last round:</source>
        <translation>Lượt gần nhất:</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="100"/>
        <source>Last error:</source>
        <translation>Lỗi gần nhất:</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="100"/>
        <source>Outbox:</source>
        <translation>Hàng đợi gửi:</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="100"/>
        <source>Quarantine:</source>
        <translation>Cách ly:</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="103"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="105"/>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="105"/>
        <source>Message</source>
        <translation>Thông điệp</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="105"/>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="105"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="106"/>
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="106"/>
        <source>Next attempt</source>
        <translation>Lần gửi tiếp theo</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="106"/>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="108"/>
        <source>Received</source>
        <translation>Thời điểm nhận</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="108"/>
        <source>Sender</source>
        <translation>Nơi gửi</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="108"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="108"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="109"/>
        <source>Decision</source>
        <translation>Quyết định xử lý</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="109"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="110"/>
        <source>Send again now</source>
        <translation>Gửi lại ngay</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="111"/>
        <source>Take in again</source>
        <translation>Tiếp nhận lại</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="112"/>
        <source>Dismiss…</source>
        <translation>Bỏ qua…</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="139"/>
        <source>Enabled, organ {organ}</source>
        <translation>Đang bật, mã cơ quan {organ}</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="140"/>
        <source>Disabled (messages wait in the outbox)</source>
        <translation>Đang tắt (thông điệp chờ trong hàng đợi gửi)</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="141"/>
        <source>Not configured</source>
        <translation>Chưa cấu hình</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="142"/>
        <source>{time}: {sent} sent, {retried} retried, {failed} failed; received {received}</source>
        <translation>{time}: đã gửi {sent}, gửi lại {retried}, lỗi {failed}; đã nhận {received}</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="146"/>
        <source>No round yet</source>
        <translation>Chưa có lượt nào</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="147"/>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="148"/>
        <source>{pending} waiting, {failed} failed, {sent} sent</source>
        <translation>{pending} đang chờ, {failed} lỗi, {sent} đã gửi</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/axis/view.py" line="151"/>
        <source>%n message(s) waiting for a decision</source>
        <translation>
            <numerusform>%n thông điệp chờ xử lý</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="157"/>
        <source>Outbox ({count})</source>
        <translation>Hàng đợi gửi ({count})</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="159"/>
        <source>Quarantine ({count})</source>
        <translation>Cách ly ({count})</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="180"/>
        <source>The message will be sent again in a moment.</source>
        <translation>Thông điệp sẽ được gửi lại trong giây lát.</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="187"/>
        <source>The message was taken in; it waits for registration.</source>
        <translation>Đã tiếp nhận thông điệp; văn bản đang chờ vào sổ.</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="193"/>
        <source>Dismiss this message for good? It stays on record; the sender was already told it was refused.</source>
        <translation>Bỏ qua hẳn thông điệp này? Thông điệp vẫn được lưu lại; nơi gửi đã được báo là bị từ chối tiếp nhận.</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="196"/>
        <source>The message was dismissed.</source>
        <translation>Đã bỏ qua thông điệp.</translation>
    </message>
    <message>
        <location filename="../screens/axis/view.py" line="213"/>
        <source>Dismiss message</source>
        <translation>Bỏ qua thông điệp</translation>
    </message>
</context>
<context>
    <name>BallotEditor</name>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="111"/>
        <source>New opinion ballot</source>
        <translation>Phiếu lấy ý kiến mới</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="112"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="112"/>
        <source>Questions</source>
        <translation>Nội dung xin ý kiến</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="112"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="113"/>
        <source>Deadline</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="113"/>
        <source>Draft document</source>
        <translation>Dự thảo văn bản</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="114"/>
        <source>One question per line</source>
        <translation>Mỗi dòng một nội dung xin ý kiến</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="116"/>
        <source>No document chosen</source>
        <translation>Chưa chọn tài liệu</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="117"/>
        <source>Choose a PDF…</source>
        <translation>Chọn tệp PDF…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="118"/>
        <source>Send the ballot</source>
        <translation>Gửi phiếu lấy ý kiến</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="127"/>
        <source>Choose a PDF</source>
        <translation>Chọn tệp PDF</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="145"/>
        <source>Give the ballot a title, at least one question and one member.</source>
        <translation>Hãy nhập tiêu đề, ít nhất một nội dung xin ý kiến và chọn ít nhất một thành viên.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="148"/>
        <source>The deadline must be in the future.</source>
        <translation>Hạn trả lời phải sau thời điểm hiện tại.</translation>
    </message>
</context>
<context>
    <name>BallotInbox</name>
    <message>
        <location filename="../screens/meetings/ballots.py" line="145"/>
        <source>Sign and send my answer</source>
        <translation>Ký số và gửi ý kiến</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="167"/>
        <source>answered</source>
        <translation>đã trả lời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="169"/>
        <source>closed</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="170"/>
        <source>awaiting my answer</source>
        <translation>chờ tôi trả lời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="205"/>
        <source>Deadline: %1</source>
        <translation>Hạn trả lời: %1</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="227"/>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="231"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="233"/>
        <source>Time left: %1 days %2</source>
        <translation>Còn lại: %1 ngày %2</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="236"/>
        <source>Time left: %1</source>
        <translation>Còn lại: %1</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="248"/>
        <source>Answer every question first.</source>
        <translation>Hãy trả lời tất cả các câu hỏi.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="252"/>
        <source>Write your other opinion.</source>
        <translation>Hãy ghi rõ ý kiến khác của bạn.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="272"/>
        <source>Your signed answer is sent.</source>
        <translation>Đã gửi ý kiến đã ký của bạn.</translation>
    </message>
</context>
<context>
    <name>ChairControls</name>
    <message>
        <location filename="../screens/meetings/controls.py" line="67"/>
        <source>Run the meeting</source>
        <translation>Điều hành cuộc họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="68"/>
        <source>Publish</source>
        <translation>Phát hành giấy mời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="68"/>
        <source>Check in the selected person</source>
        <translation>Điểm danh người được chọn</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="69"/>
        <source>Open the session</source>
        <translation>Khai mạc</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="69"/>
        <source>Adopt the consent block</source>
        <translation>Thông qua các nội dung không có ý kiến khác</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="70"/>
        <source>Next item</source>
        <translation>Nội dung tiếp theo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="70"/>
        <source>Record the conclusion</source>
        <translation>Ghi kết luận</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="71"/>
        <source>Close the meeting</source>
        <translation>Bế mạc</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="72"/>
        <source>Conclusion of the chair on the current item</source>
        <translation>Kết luận của chủ trì về nội dung đang thảo luận</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="75"/>
        <source>Draw up the minutes</source>
        <translation>Lập biên bản</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="76"/>
        <source>View the minutes</source>
        <translation>Xem biên bản</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="77"/>
        <source>Sign the minutes</source>
        <translation>Ký biên bản</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="78"/>
        <source>Draft the conclusion notice</source>
        <translation>Dự thảo thông báo kết luận</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="118"/>
        <source>The minutes are not drawn up yet.</source>
        <translation>Biên bản chưa được lập.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="119"/>
        <source>the chair</source>
        <translation>chủ trì</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="119"/>
        <source>the secretary</source>
        <translation>thư ký</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="121"/>
        <source>The minutes are final: signed by the chair and the secretary.</source>
        <translation>Biên bản đã hoàn tất: chủ trì và thư ký đã ký.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="123"/>
        <source>nobody yet</source>
        <translation>chưa có ai</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="123"/>
        <source>Minutes signed by: %1.</source>
        <translation>Biên bản đã được ký bởi: %1.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/controls.py" line="125"/>
        <source>Conclusion notice: outgoing document %1.</source>
        <translation>Thông báo kết luận: văn bản đi mã %1.</translation>
    </message>
</context>
<context>
    <name>CloseDossierDialog</name>
    <message>
        <location filename="../screens/archive/dialogs.py" line="73"/>
        <source>Close dossier</source>
        <translation>Kết thúc hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="75"/>
        <source>Closing %1: remove drafts and duplicates first. Dates, document and page counts are completed from the %2 filed documents.</source>
        <translation>Kết thúc hồ sơ %1: hãy loại bỏ bản dự thảo và văn bản trùng trước. Thời gian, số lượng văn bản và số trang được tự động hoàn thiện từ %2 văn bản trong hồ sơ.</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="78"/>
        <source>Title:</source>
        <translation>Tiêu đề hồ sơ:</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="78"/>
        <source>Retention:</source>
        <translation>Thời hạn bảo quản:</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="79"/>
        <source>Keywords:</source>
        <translation>Từ khóa:</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="79"/>
        <source>Notes:</source>
        <translation>Chú giải:</translation>
    </message>
    <message>
        <location filename="../screens/archive/dialogs.py" line="82"/>
        <source>Separated by commas</source>
        <translation>Cách nhau bằng dấu phẩy</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../editing/conflict.py" line="37"/>
        <source>Someone else changed this file</source>
        <translation>Người khác đã thay đổi tệp này</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="43"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; was updated on the server by someone else after you opened it. Your changes have not been sent and are safe on this computer.&lt;br&gt;&lt;br&gt;What should happen to your version?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; đã được người khác cập nhật trên máy chủ sau khi bạn mở ra. Các thay đổi của bạn chưa được gửi đi và vẫn được giữ an toàn trên máy tính này.&lt;br&gt;&lt;br&gt;Bạn muốn xử lý bản của mình thế nào?</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="50"/>
        <source>Keep mine as a new version</source>
        <translation>Giữ bản của tôi làm phiên bản mới</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="51"/>
        <source>Send your version; theirs stays in the list of attachments.</source>
        <translation>Gửi bản của bạn; bản của người kia vẫn nằm trong danh sách tệp đính kèm.</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="52"/>
        <source>Discard mine</source>
        <translation>Bỏ bản của tôi</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="53"/>
        <source>Continue from their version; yours is kept in a copy beside it.</source>
        <translation>Tiếp tục từ bản của người kia; bản của bạn được lưu thành một bản sao bên cạnh.</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="54"/>
        <source>Open both</source>
        <translation>Mở cả hai</translation>
    </message>
    <message>
        <location filename="../editing/conflict.py" line="55"/>
        <source>Open their version next to yours to merge by hand; your next save becomes the newest version.</source>
        <translation>Mở bản của người kia cạnh bản của bạn để tự hợp nhất; lần lưu tiếp theo của bạn sẽ thành phiên bản mới nhất.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../screens/dashboard/view.py" line="95"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="96"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="97"/>
        <source>My meetings today</source>
        <translation>Cuộc họp của tôi hôm nay</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="98"/>
        <source>No meetings today.</source>
        <translation>Hôm nay không có cuộc họp.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="99"/>
        <source>No documents assigned in these weeks.</source>
        <translation>Không có văn bản được giao trong các tuần này.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="110"/>
        <source>Meetings today</source>
        <translation>Cuộc họp hôm nay</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="178"/>
        <source>Workload</source>
        <translation>Khối lượng công việc</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="180"/>
        <source>the whole agency</source>
        <translation>toàn cơ quan</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="181"/>
        <source>my unit</source>
        <translation>đơn vị của tôi</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="182"/>
        <source>Workload of {whose}, last {n} weeks</source>
        <translation>Khối lượng công việc của {whose}, {n} tuần gần đây</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="184"/>
        <source>W{week}</source>
        <translation>T{week}</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="186"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="187"/>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/view.py" line="189"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <location filename="../screens/shell/demo_menu.py" line="43"/>
        <source>&amp;Demo: switch person</source>
        <translation>&amp;Demo: đổi người dùng</translation>
    </message>
</context>
<context>
    <name>DirectionDialog</name>
    <message>
        <location filename="../screens/document/dialogs.py" line="206"/>
        <source>Direction</source>
        <translation>Ý kiến chỉ đạo</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="210"/>
        <source>e.g. Vụ Tổng hợp chủ trì, báo cáo trước ngày…</source>
        <translation>Ví dụ: Vụ Tổng hợp chủ trì, báo cáo trước ngày…</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="212"/>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="218"/>
        <source>Search units and people…</source>
        <translation>Tìm đơn vị, cá nhân…</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="221"/>
        <source>Direction:</source>
        <translation>Ý kiến chỉ đạo:</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="222"/>
        <source>Lead:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="223"/>
        <source>Deadline:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="225"/>
        <source>Support</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="226"/>
        <source>For information</source>
        <translation>Để biết</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../screens/directory/view.py" line="91"/>
        <source>Directory</source>
        <translation>Danh bạ</translation>
    </message>
    <message>
        <location filename="../screens/directory/view.py" line="93"/>
        <source>Search by name, position, unit… (with or without diacritics)</source>
        <translation>Tìm theo tên, chức vụ, đơn vị… (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../screens/directory/view.py" line="94"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../screens/directory/view.py" line="96"/>
        <location filename="../screens/directory/view.py" line="116"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/directory/view.py" line="138"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n người</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFilters</name>
    <message>
        <location filename="../screens/inbox/filters.py" line="66"/>
        <source>Search subject, number, organ, text… (with or without diacritics)</source>
        <translation>Tìm trích yếu, số ký hiệu, cơ quan, nội dung… (có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="67"/>
        <source>All directions</source>
        <translation>Tất cả: đến, đi, nội bộ</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="69"/>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="71"/>
        <location filename="../screens/inbox/filters.py" line="87"/>
        <source>All types</source>
        <translation>Mọi loại văn bản</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="72"/>
        <source>Any urgency</source>
        <translation>Mọi độ khẩn</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="74"/>
        <source>Newest first</source>
        <translation>Mới nhất trước</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="75"/>
        <source>Oldest first</source>
        <translation>Cũ nhất trước</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="76"/>
        <source>By deadline</source>
        <translation>Theo hạn xử lý</translation>
    </message>
    <message>
        <location filename="../screens/inbox/filters.py" line="77"/>
        <source>By arrival number</source>
        <translation>Theo số đến</translation>
    </message>
</context>
<context>
    <name>DocumentLabels</name>
    <message>
        <location filename="../doclabels.py" line="24"/>
        <location filename="../doclabels.py" line="94"/>
        <location filename="../doclabels.py" line="101"/>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="25"/>
        <location filename="../doclabels.py" line="102"/>
        <source>Registered</source>
        <translation>Đã vào sổ</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="26"/>
        <source>Presented</source>
        <translation>Đã trình</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="27"/>
        <location filename="../doclabels.py" line="104"/>
        <source>Directed</source>
        <translation>Đã có ý kiến chỉ đạo</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="28"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="29"/>
        <location filename="../doclabels.py" line="106"/>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="30"/>
        <location filename="../doclabels.py" line="117"/>
        <source>Returned to sender</source>
        <translation>Trả lại nơi gửi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="31"/>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="32"/>
        <source>In review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="33"/>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="34"/>
        <source>Awaiting signature</source>
        <translation>Chờ ký</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="35"/>
        <location filename="../doclabels.py" line="113"/>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="36"/>
        <location filename="../doclabels.py" line="114"/>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="37"/>
        <location filename="../doclabels.py" line="115"/>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="38"/>
        <location filename="../doclabels.py" line="116"/>
        <source>Replaced</source>
        <translation>Đã thay thế</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="44"/>
        <location filename="../doclabels.py" line="54"/>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="45"/>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="46"/>
        <source>Very urgent</source>
        <translation>Thượng khẩn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="47"/>
        <source>Flash</source>
        <translation>Hỏa tốc</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="48"/>
        <source>Flash (timed)</source>
        <translation>Hỏa tốc hẹn giờ</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="55"/>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="56"/>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="57"/>
        <source>Top secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="63"/>
        <source>Incoming</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="64"/>
        <source>Outgoing</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="65"/>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="71"/>
        <source>No deadline</source>
        <translation>Không có hạn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="72"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="73"/>
        <source>On track</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="74"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="75"/>
        <location filename="../doclabels.py" line="123"/>
        <location filename="../doclabels.py" line="135"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="81"/>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="82"/>
        <source>Support</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="83"/>
        <source>For information</source>
        <translation>Để biết</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="89"/>
        <location filename="../doclabels.py" line="90"/>
        <source>Not sent yet</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="91"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="92"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="93"/>
        <source>Delivered</source>
        <translation>Đã chuyển</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="95"/>
        <source>Failed</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="103"/>
        <source>Presented to a leader</source>
        <translation>Trình lãnh đạo</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="105"/>
        <source>Assigned to an officer</source>
        <translation>Phân công chuyên viên</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="107"/>
        <source>Draft created</source>
        <translation>Tạo dự thảo</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="108"/>
        <source>Submitted for review</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="109"/>
        <source>Returned for changes</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="110"/>
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="111"/>
        <source>Initialed</source>
        <translation>Ký nháy</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="112"/>
        <source>Submitted for signature</source>
        <translation>Trình ký</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="118"/>
        <source>Withdrawn by the sender</source>
        <translation>Nơi gửi đã thu hồi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="119"/>
        <source>Updated by the sender</source>
        <translation>Nơi gửi đã cập nhật</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="120"/>
        <source>Sender&apos;s update taken in as new</source>
        <translation>Bản cập nhật của nơi gửi được tiếp nhận thành văn bản mới</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="121"/>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="122"/>
        <source>Deadline approaching</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="129"/>
        <source>To register</source>
        <translation>Chờ vào sổ</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="130"/>
        <source>To direct</source>
        <translation>Chờ cho ý kiến chỉ đạo</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="131"/>
        <source>To process</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="132"/>
        <source>To review</source>
        <translation>Chờ xem xét</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="133"/>
        <source>To sign</source>
        <translation>Chờ ký</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="134"/>
        <source>To issue</source>
        <translation>Chờ ban hành</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="136"/>
        <source>My drafts</source>
        <translation>Dự thảo của tôi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="142"/>
        <source>Register</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="143"/>
        <source>Present to leader…</source>
        <translation>Trình lãnh đạo…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="144"/>
        <source>Direct…</source>
        <translation>Cho ý kiến chỉ đạo…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="145"/>
        <source>Assign officer…</source>
        <translation>Phân công chuyên viên…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="146"/>
        <source>Complete…</source>
        <translation>Hoàn thành…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="147"/>
        <source>New version…</source>
        <translation>Phiên bản mới…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="148"/>
        <source>Submit for review</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="149"/>
        <source>Return…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="150"/>
        <source>Initial</source>
        <translation>Ký nháy</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="151"/>
        <source>Submit for signature…</source>
        <translation>Trình ký…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="152"/>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="153"/>
        <source>Revoke…</source>
        <translation>Thu hồi…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="154"/>
        <source>Reject (return to sender)…</source>
        <translation>Từ chối (trả lại nơi gửi)…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="230"/>
        <source>{action}: {subject} ({actor})</source>
        <translation>{action}: {subject} ({actor})</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../itemmodels/documents.py" line="177"/>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="177"/>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="177"/>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="178"/>
        <source>From / unit</source>
        <translation>Nơi gửi / đơn vị</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="178"/>
        <source>Direction</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="178"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="179"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="179"/>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="184"/>
        <source>Arrival {n}</source>
        <translation>Số đến {n}</translation>
    </message>
</context>
<context>
    <name>DocumentPanels</name>
    <message>
        <location filename="../screens/document/panels.py" line="121"/>
        <source>signed</source>
        <translation>đã ký</translation>
    </message>
</context>
<context>
    <name>DocumentResults</name>
    <message numerus="yes">
        <location filename="../screens/search/results.py" line="110"/>
        <source>%n document(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/search/results.py" line="112"/>
        <source>(scroll for more)</source>
        <translation>(cuộn xuống để xem thêm)</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../screens/document/view.py" line="75"/>
        <source>Signing…</source>
        <translation>Đang ký…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="195"/>
        <source>← Back to the list</source>
        <translation>← Về danh sách</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="196"/>
        <source>Sign…</source>
        <translation>Ký số…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="199"/>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="199"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="199"/>
        <source>Handling</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="200"/>
        <source>Comments</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="200"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="200"/>
        <source>Signatures</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="204"/>
        <source>Versions (click one to show it)</source>
        <translation>Các phiên bản (bấm để xem)</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="204"/>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="205"/>
        <source>Assignments</source>
        <translation>Phân công xử lý</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="205"/>
        <source>Recipients and delivery</source>
        <translation>Nơi nhận và tình trạng chuyển</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="207"/>
        <location filename="../screens/document/view.py" line="210"/>
        <location filename="../screens/document/view.py" line="216"/>
        <location filename="../screens/document/view.py" line="217"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="207"/>
        <location filename="../screens/document/view.py" line="217"/>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="207"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="208"/>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="208"/>
        <location filename="../screens/document/view.py" line="209"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="209"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="209"/>
        <source>Added by</source>
        <translation>Người thêm</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="211"/>
        <source>Recipient</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="211"/>
        <source>Organ id</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="212"/>
        <source>Delivery</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="212"/>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="213"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="213"/>
        <source>Unit or person</source>
        <translation>Đơn vị, cá nhân</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="214"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="214"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="215"/>
        <source>Assigned by</source>
        <translation>Người giao</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="215"/>
        <location filename="../screens/document/view.py" line="218"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="216"/>
        <source>Author</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="216"/>
        <source>Comment</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="217"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="218"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="219"/>
        <source>Write a comment…</source>
        <translation>Nhập ý kiến…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="220"/>
        <source>About the version shown</source>
        <translation>Về phiên bản đang xem</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="221"/>
        <source>Send comment</source>
        <translation>Gửi ý kiến</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="305"/>
        <source>Signed; the server accepted the signature.</source>
        <translation>Đã ký; máy chủ đã chấp nhận chữ ký số.</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="324"/>
        <source>Version {n} — loading…</source>
        <translation>Phiên bản {n} — đang tải…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="335"/>
        <source>Version {n}: this file cannot be shown as a PDF.</source>
        <translation>Phiên bản {n}: không hiển thị được tệp này dưới dạng PDF.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/document/view.py" line="341"/>
        <source>Version {n} — %n page(s)</source>
        <translation>
            <numerusform>Phiên bản {n} — %n trang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierPanel</name>
    <message>
        <location filename="../screens/archive/panel.py" line="113"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="113"/>
        <source>Type</source>
        <translation>Tên loại</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="113"/>
        <location filename="../screens/archive/panel.py" line="116"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="114"/>
        <location filename="../screens/archive/panel.py" line="116"/>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="115"/>
        <source>Find a document to file…</source>
        <translation>Tìm văn bản để đưa vào hồ sơ…</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="116"/>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="117"/>
        <source>Add to dossier</source>
        <translation>Đưa vào hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="117"/>
        <source>Remove from dossier</source>
        <translation>Bỏ khỏi hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="118"/>
        <source>Close dossier…</source>
        <translation>Kết thúc hồ sơ…</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="118"/>
        <source>Package and export…</source>
        <translation>Đóng gói và xuất…</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="119"/>
        <source>Transfer to the archive</source>
        <translation>Nộp lưu vào Lưu trữ cơ quan</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="120"/>
        <source>Place legal hold</source>
        <translation>Phong tỏa hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="120"/>
        <source>Release hold</source>
        <translation>Gỡ phong tỏa</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="121"/>
        <source>Approve disposal</source>
        <translation>Phê duyệt hủy</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="122"/>
        <source>Dispose of dossier</source>
        <translation>Hủy hồ sơ</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="125"/>
        <source>Reason for the legal hold</source>
        <translation>Lý do phong tỏa</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="126"/>
        <source>Approving decision (number and notation)</source>
        <translation>Quyết định phê duyệt (số, ký hiệu)</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="167"/>
        <source>Choose a dossier on the left, or open a new one.</source>
        <translation>Chọn một hồ sơ ở bên trái, hoặc mở hồ sơ mới.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="179"/>
        <source>State: %1 · Retention: %2 · Creator: %3</source>
        <translation>Trạng thái: %1 · Thời hạn bảo quản: %2 · Đơn vị lập: %3</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="184"/>
        <source>From %1 to %2 · %3 documents, %4 pages · transfer by %5</source>
        <translation>Từ %1 đến %2 · %3 văn bản, %4 trang · hạn nộp lưu %5</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="191"/>
        <source>Keywords: %1</source>
        <translation>Từ khóa: %1</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="192"/>
        <source>Under legal hold: %1</source>
        <translation>Đang phong tỏa: %1</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="195"/>
        <source>Disposal approved by decision %1</source>
        <translation>Đã phê duyệt hủy theo quyết định %1</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="197"/>
        <source>Package %1: %2 documents, fingerprint %3…</source>
        <translation>Gói %1: %2 văn bản, mã băm %3…</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="249"/>
        <source>The dossier is closed; its metadata is complete.</source>
        <translation>Đã kết thúc hồ sơ; thông tin hồ sơ đã đầy đủ.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="262"/>
        <source>Save the package</source>
        <translation>Lưu gói lưu trữ</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="263"/>
        <source>ZIP files (*.zip)</source>
        <translation>Tệp ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="280"/>
        <source>The dossier was transferred to the agency archive.</source>
        <translation>Đã nộp lưu hồ sơ vào Lưu trữ cơ quan.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="281"/>
        <source>The package was built, checked and saved.</source>
        <translation>Đã đóng gói, kiểm tra và lưu gói lưu trữ.</translation>
    </message>
    <message>
        <location filename="../screens/archive/panel.py" line="328"/>
        <source>The dossier was disposed of; its record is kept.</source>
        <translation>Đã hủy hồ sơ; biên bản hủy được lưu giữ.</translation>
    </message>
</context>
<context>
    <name>DraftingView</name>
    <message>
        <location filename="../screens/drafting/view.py" line="121"/>
        <source>New draft</source>
        <translation>Soạn dự thảo</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="122"/>
        <source>Choose draft PDF…</source>
        <translation>Chọn tệp PDF dự thảo…</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="124"/>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="125"/>
        <source>Type:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="125"/>
        <source>Direction:</source>
        <translation>Phân loại:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="125"/>
        <source>Subject:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="126"/>
        <source>Summary:</source>
        <translation>Tóm tắt nội dung:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="126"/>
        <source>Urgency:</source>
        <translation>Độ khẩn:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="126"/>
        <source>Confidentiality:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="127"/>
        <source>Deadline:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="127"/>
        <source>Signing authority:</source>
        <translation>Thẩm quyền ký:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="128"/>
        <source>Signer position:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="128"/>
        <source>Signer name:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="129"/>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="129"/>
        <source>External organs:</source>
        <translation>Cơ quan ngoài:</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="131"/>
        <source>Legal normative document (own number series)</source>
        <translation>Văn bản quy phạm pháp luật (sổ số riêng)</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="132"/>
        <source>Search units and people…</source>
        <translation>Tìm đơn vị, cá nhân…</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="133"/>
        <source>One a line: organ id and name, e.g. 000.00.00.G15 Bộ Tài chính</source>
        <translation>Mỗi dòng một cơ quan: mã định danh và tên, ví dụ 000.00.00.G15 Bộ Tài chính</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="135"/>
        <source>Create draft</source>
        <translation>Tạo dự thảo</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="136"/>
        <source>Submit for review</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="138"/>
        <source>Outgoing</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="139"/>
        <source>Internal</source>
        <translation>Văn bản nội bộ</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="167"/>
        <source>Choose the draft PDF</source>
        <translation>Chọn tệp PDF dự thảo</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="177"/>
        <source>{name} is not a PDF that can be read.</source>
        <translation>{name} không phải tệp PDF đọc được.</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="204"/>
        <source>Choose the draft PDF first.</source>
        <translation>Hãy chọn tệp PDF dự thảo trước.</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="220"/>
        <source>Draft #{id} created. Submit it for review when it is ready.</source>
        <translation>Đã tạo dự thảo #{id}. Trình duyệt khi đã sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../screens/drafting/view.py" line="233"/>
        <source>Draft #{id} submitted for review.</source>
        <translation>Đã trình duyệt dự thảo #{id}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../messages.py" line="14"/>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Máy chủ không trả lời kịp. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="17"/>
        <source>The server cannot be reached. Check its address and the network.</source>
        <translation>Không kết nối được máy chủ. Hãy kiểm tra địa chỉ và mạng.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="20"/>
        <source>The server&apos;s answer was not understood. Is this a phigiay server?</source>
        <translation>Không hiểu được phản hồi của máy chủ. Đây có phải máy chủ phigiay không?</translation>
    </message>
    <message>
        <location filename="../messages.py" line="25"/>
        <source>The server refused the request ({code}).</source>
        <translation>Máy chủ từ chối yêu cầu ({code}).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>The file could not be read: {error}</source>
        <translation>Không đọc được tệp: {error}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>Unexpected error: {error}</source>
        <translation>Lỗi không mong đợi: {error}</translation>
    </message>
</context>
<context>
    <name>ExtraFilters</name>
    <message>
        <location filename="../screens/search/filters.py" line="59"/>
        <source>Created from</source>
        <translation>Tạo từ ngày</translation>
    </message>
    <message>
        <location filename="../screens/search/filters.py" line="60"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../screens/search/filters.py" line="61"/>
        <source>Overdue only</source>
        <translation>Chỉ văn bản quá hạn</translation>
    </message>
    <message>
        <location filename="../screens/search/filters.py" line="76"/>
        <source>Any unit</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <location filename="../screens/search/filters.py" line="78"/>
        <source>Any assignee</source>
        <translation>Mọi người xử lý</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../screens/document/files.py" line="55"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="56"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="58"/>
        <source>Open in the office application; every save is sent as a new version</source>
        <translation>Mở bằng ứng dụng văn phòng; mỗi lần lưu sẽ được gửi lên thành một phiên bản mới</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="59"/>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="60"/>
        <source>Add attachment…</source>
        <translation>Thêm tệp đính kèm…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="61"/>
        <source>Save the shown version…</source>
        <translation>Lưu phiên bản đang xem…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="133"/>
        <source>{name} is open for editing: each time you save it, it is sent as a new version.</source>
        <translation>{name} đang được mở để sửa: mỗi lần bạn lưu, tệp sẽ được gửi lên thành một phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="136"/>
        <source>{name} still had changes that were not sent; they were kept and are being sent now.</source>
        <translation>{name} vẫn còn thay đổi chưa được gửi; các thay đổi đã được giữ lại và đang được gửi lên.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="141"/>
        <source>{name}: your changes were saved on the server as a new version.</source>
        <translation>{name}: các thay đổi của bạn đã được lưu trên máy chủ thành phiên bản mới.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="152"/>
        <source>Save attachment</source>
        <translation>Lưu tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="164"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="174"/>
        <source>Saved to {path}.</source>
        <translation>Đã lưu vào {path}.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="180"/>
        <source>Add attachment</source>
        <translation>Thêm tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../screens/inbox/view.py" line="113"/>
        <source>My work</source>
        <translation>Việc của tôi</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="114"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="115"/>
        <source>Load more</source>
        <translation>Tải thêm</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="163"/>
        <source>All documents</source>
        <translation>Tất cả văn bản</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/inbox/view.py" line="260"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="262"/>
        <source>(more available)</source>
        <translation>(còn nữa)</translation>
    </message>
</context>
<context>
    <name>IssueView</name>
    <message>
        <location filename="../screens/issue/view.py" line="133"/>
        <source>Documents to issue</source>
        <translation>Văn bản chờ ban hành</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="134"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="135"/>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="135"/>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="135"/>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="136"/>
        <source>Agency seal:</source>
        <translation>Chữ ký số của cơ quan:</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="136"/>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="137"/>
        <source>Recipients and delivery</source>
        <translation>Nơi nhận và tình trạng gửi</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="138"/>
        <source>Recipient</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="138"/>
        <source>Organ id</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="139"/>
        <source>Delivery</source>
        <translation>Tình trạng gửi</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="139"/>
        <source>Axis status</source>
        <translation>Trạng thái trên trục</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="140"/>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="141"/>
        <source>Issue: number, date, seal and dispatch</source>
        <translation>Ban hành: cấp số, ngày, ký số cơ quan và gửi đi</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="169"/>
        <source>No signed document is waiting for issuance.</source>
        <translation>Không có văn bản đã ký nào chờ ban hành.</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="198"/>
        <source>Choose a document in the list.</source>
        <translation>Hãy chọn một văn bản trong danh sách.</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="209"/>
        <source>Signed, waiting for issuance</source>
        <translation>Đã ký, chờ ban hành</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="210"/>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="212"/>
        <source>{number} — the register&apos;s next number; taken when you issue</source>
        <translation>{number} — số tiếp theo của sổ đăng ký; được cấp khi bạn ban hành</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="216"/>
        <source>Applied by the server with the agency&apos;s certificate when you issue.</source>
        <translation>Máy chủ ký bằng chứng thư số của cơ quan khi bạn ban hành.</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="222"/>
        <source>Applied.</source>
        <translation>Đã ký số.</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="251"/>
        <source>Issuing…</source>
        <translation>Đang ban hành…</translation>
    </message>
    <message>
        <location filename="../screens/issue/view.py" line="259"/>
        <source>Issued as number {number}; sent to the recipients.</source>
        <translation>Đã ban hành với số {number} và gửi tới nơi nhận.</translation>
    </message>
</context>
<context>
    <name>ItemDocuments</name>
    <message>
        <location filename="../screens/meetings/documents.py" line="60"/>
        <source>My private note on this document (only I see it)</source>
        <translation>Ghi chú riêng của tôi về tài liệu này (chỉ mình tôi xem được)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/documents.py" line="61"/>
        <source>Save note</source>
        <translation>Lưu ghi chú</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Clerk</source>
        <translation>Văn thư</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Officer</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>Unit head</source>
        <translation>Lãnh đạo đơn vị</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>Agency leader</source>
        <translation>Lãnh đạo cơ quan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>Cabinet member</source>
        <translation>Thành viên Chính phủ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>Meeting secretary</source>
        <translation>Thư ký cuộc họp</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Reconnecting…</source>
        <translation>Đang kết nối lại…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>Session expired</source>
        <translation>Phiên đã hết hạn</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Agency created</source>
        <translation>Tạo cơ quan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70"/>
        <source>Agency changed</source>
        <translation>Sửa thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>Signed out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>Failed sign-in</source>
        <translation>Đăng nhập sai</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>Sign-in refused (locked)</source>
        <translation>Từ chối đăng nhập (đang khóa)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>Sign-in refused (disabled)</source>
        <translation>Từ chối đăng nhập (vô hiệu hóa)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Account locked</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../labels.py" line="80"/>
        <source>Axis message sent again</source>
        <translation>Gửi lại thông điệp trên trục</translation>
    </message>
    <message>
        <location filename="../labels.py" line="81"/>
        <source>Quarantined axis message taken in again</source>
        <translation>Tiếp nhận lại thông điệp bị cách ly</translation>
    </message>
    <message>
        <location filename="../labels.py" line="83"/>
        <source>Quarantined axis message dismissed</source>
        <translation>Bỏ qua thông điệp bị cách ly</translation>
    </message>
    <message>
        <location filename="../labels.py" line="85"/>
        <source>Holidays added</source>
        <translation>Thêm ngày nghỉ lễ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="86"/>
        <source>Attachment added</source>
        <translation>Thêm tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87"/>
        <source>Comment added</source>
        <translation>Thêm ý kiến</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88"/>
        <source>Document version added</source>
        <translation>Thêm phiên bản văn bản</translation>
    </message>
    <message>
        <location filename="../labels.py" line="89"/>
        <source>Minutes drawn up</source>
        <translation>Lập biên bản</translation>
    </message>
    <message>
        <location filename="../labels.py" line="90"/>
        <source>Minutes signed</source>
        <translation>Ký biên bản</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91"/>
        <source>Conclusion notice drafted</source>
        <translation>Soạn thông báo kết luận</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93"/>
        <source>Dossier catalogue planned</source>
        <translation>Lập danh mục hồ sơ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="95"/>
        <source>Dossier catalogue approved</source>
        <translation>Duyệt danh mục hồ sơ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="97"/>
        <source>Fixity check run</source>
        <translation>Kiểm tra tính toàn vẹn</translation>
    </message>
    <message>
        <location filename="../labels.py" line="98"/>
        <source>Preservation package exported</source>
        <translation>Xuất gói lưu trữ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100"/>
        <source>Preservation package verified</source>
        <translation>Kiểm tra gói lưu trữ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="102"/>
        <source>Retention rule set</source>
        <translation>Đặt thời hạn bảo quản</translation>
    </message>
    <message>
        <location filename="../labels.py" line="104"/>
        <source>Archived signatures renewed</source>
        <translation>Gia hạn chữ ký số trong lưu trữ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="106"/>
        <source>Certificate added</source>
        <translation>Thêm chứng thư số</translation>
    </message>
    <message>
        <location filename="../labels.py" line="107"/>
        <source>Certificate removed</source>
        <translation>Gỡ chứng thư số</translation>
    </message>
    <message>
        <location filename="../labels.py" line="108"/>
        <source>Unit created</source>
        <translation>Tạo đơn vị</translation>
    </message>
    <message>
        <location filename="../labels.py" line="109"/>
        <source>Account created</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
        <source>Account changed</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <location filename="../labels.py" line="111"/>
        <source>Password reset</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../labels.py" line="112"/>
        <source>Signature image set</source>
        <translation>Cập nhật ảnh chữ ký</translation>
    </message>
    <message>
        <location filename="../labels.py" line="353"/>
        <source>New account: {name} ({username})</source>
        <translation>Tài khoản mới: {name} ({username})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="357"/>
        <source>Account {username} locked after failed logins, until {until}</source>
        <translation>Tài khoản {username} bị tạm khóa do đăng nhập sai, đến {until}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="298"/>
        <source>The minutes of a meeting were drawn up</source>
        <translation>Biên bản cuộc họp đã được lập</translation>
    </message>
    <message>
        <location filename="../labels.py" line="303"/>
        <source>The minutes of a meeting are fully signed</source>
        <translation>Biên bản cuộc họp đã được ký đủ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="304"/>
        <source>The minutes of a meeting were signed</source>
        <translation>Biên bản cuộc họp đã được ký</translation>
    </message>
    <message>
        <location filename="../labels.py" line="369"/>
        <source>A quarantined axis message was dealt with</source>
        <translation>Một thông điệp bị cách ly trên trục đã được xử lý</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../screens/login/view.py" line="139"/>
        <source>Sign in — phigiay</source>
        <translation>Đăng nhập — phigiay</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="140"/>
        <source>phigiay</source>
        <translation>phigiay</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="141"/>
        <source>Paperless office: documents, signing and meetings</source>
        <translation>Văn phòng không giấy: văn bản, ký số và phòng họp</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="142"/>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="142"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="142"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="143"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="146"/>
        <source>e.g. https://vanban.example.gov.vn</source>
        <translation>ví dụ https://vanban.example.gov.vn</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="147"/>
        <location filename="../screens/login/view.py" line="208"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="148"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="151"/>
        <source>No system keyring is available: your session is kept only until you quit.</source>
        <translation>Máy không có kho khóa hệ thống: phiên làm việc chỉ được giữ đến khi thoát chương trình.</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="155"/>
        <source>Demo server</source>
        <translation>Máy chủ trình diễn</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="157"/>
        <source>Every demo person has the password {password}. Choose whom to sign in as:</source>
        <translation>Mọi người dùng trình diễn có mật khẩu {password}. Chọn người để đăng nhập:</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="198"/>
        <source>Enter the server address, your user name and password.</source>
        <translation>Hãy nhập địa chỉ máy chủ, tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location filename="../screens/login/view.py" line="208"/>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../screens/shell/view.py" line="148"/>
        <source>phigiay — {agency}</source>
        <translation>phigiay — {agency}</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="151"/>
        <source>{name} — {roles}</source>
        <translation>{name} — {roles}</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="153"/>
        <source>Notifications</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="154"/>
        <source>&amp;Session</source>
        <translation>&amp;Phiên làm việc</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="155"/>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="156"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="157"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="158"/>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="159"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Thông báo</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="160"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="236"/>
        <source>Live updates from the server</source>
        <translation>Cập nhật trực tiếp từ máy chủ</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/shell/view.py" line="270"/>
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n thông báo chưa đọc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../screens/meetings/preparation.py" line="80"/>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="81"/>
        <source>Title</source>
        <translation>Tên cuộc họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="81"/>
        <source>Kind</source>
        <translation>Loại phiên họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="81"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="82"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="82"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="83"/>
        <source>E.g. Regular cabinet meeting of November</source>
        <translation>Ví dụ: Phiên họp Chính phủ thường kỳ tháng 11</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="86"/>
        <source>Regular meeting</source>
        <translation>Phiên họp thường kỳ</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="87"/>
        <source>Thematic meeting</source>
        <translation>Phiên họp chuyên đề</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="89"/>
        <source>Participants may attend remotely</source>
        <translation>Cho phép dự họp trực tuyến</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="90"/>
        <source>Create the meeting</source>
        <translation>Tạo cuộc họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="91"/>
        <source>Save the changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
</context>
<context>
    <name>MeetingRoomView</name>
    <message>
        <location filename="../screens/meetings/room.py" line="165"/>
        <source>Agenda</source>
        <translation>Chương trình họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="166"/>
        <source>Attendance</source>
        <translation>Thành phần dự họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="167"/>
        <source>I am here (check in)</source>
        <translation>Tôi có mặt (điểm danh)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="168"/>
        <source>Join remotely (check in)</source>
        <translation>Tham dự trực tuyến (điểm danh)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="209"/>
        <source>Quorum: %1 of %2 seats present (%3 needed)</source>
        <translation>Có mặt: %1/%2 thành viên (cần %3)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="233"/>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="233"/>
        <source>Published</source>
        <translation>Đã phát hành giấy mời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="234"/>
        <source>In session</source>
        <translation>Đang họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="234"/>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="235"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="243"/>
        <source>consent block</source>
        <translation>thông qua không thảo luận</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="245"/>
        <source>concluded</source>
        <translation>đã kết luận</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="255"/>
        <source>Under discussion now</source>
        <translation>Đang thảo luận</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="263"/>
        <source>chair</source>
        <translation>chủ trì</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="263"/>
        <source>secretary</source>
        <translation>thư ký</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="264"/>
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="264"/>
        <source>substitute</source>
        <translation>dự thay</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="265"/>
        <source>guest</source>
        <translation>khách mời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="266"/>
        <source>remote</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="327"/>
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="346"/>
        <source>Your vote is recorded.</source>
        <translation>Đã ghi nhận biểu quyết của bạn.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="357"/>
        <source>Write the motion to vote on.</source>
        <translation>Hãy nhập nội dung cần biểu quyết.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="365"/>
        <source>Write the conclusion first.</source>
        <translation>Hãy nhập nội dung kết luận trước.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/room.py" line="416"/>
        <source>Your signature on the minutes is recorded.</source>
        <translation>Đã ghi nhận chữ ký số của bạn trên biên bản.</translation>
    </message>
</context>
<context>
    <name>MeetingSigner</name>
    <message>
        <location filename="../screens/meetings/signer.py" line="48"/>
        <source>Choose your signing certificate</source>
        <translation>Chọn chứng thư số để ký</translation>
    </message>
    <message>
        <location filename="../screens/meetings/signer.py" line="53"/>
        <source>Token PIN:</source>
        <translation>Mã PIN của thiết bị ký số:</translation>
    </message>
    <message>
        <location filename="../screens/meetings/signer.py" line="55"/>
        <source>Passphrase:</source>
        <translation>Mật khẩu tệp chứng thư:</translation>
    </message>
    <message>
        <location filename="../screens/meetings/signer.py" line="57"/>
        <source>Sign</source>
        <translation>Ký số</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../screens/meetings/view.py" line="91"/>
        <source>Meeting room</source>
        <translation>Phòng họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="92"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="93"/>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="94"/>
        <source>Opinion ballots</source>
        <translation>Phiếu lấy ý kiến</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="96"/>
        <source>Ballots I sent</source>
        <translation>Phiếu tôi đã gửi</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="97"/>
        <source>New meeting…</source>
        <translation>Cuộc họp mới…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="98"/>
        <source>Prepare…</source>
        <translation>Chuẩn bị…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="99"/>
        <source>Choose a meeting on the left.</source>
        <translation>Chọn một cuộc họp ở danh sách bên trái.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="123"/>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="123"/>
        <source>Published</source>
        <translation>Đã phát hành giấy mời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="124"/>
        <source>In session</source>
        <translation>Đang họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="124"/>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location filename="../screens/meetings/view.py" line="125"/>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../screens/document/panels.py" line="51"/>
        <source>{n} on {date}</source>
        <translation>{n}, ngày {date}</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="58"/>
        <source>Type:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="59"/>
        <source>Subject:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="60"/>
        <source>Direction:</source>
        <translation>Phân loại:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="61"/>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="62"/>
        <source>Number, notation:</source>
        <translation>Số, ký hiệu:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="63"/>
        <source>Document date:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="64"/>
        <source>Issuing organ:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="65"/>
        <source>Arrival number:</source>
        <translation>Số đến:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="66"/>
        <source>Urgency:</source>
        <translation>Độ khẩn:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="67"/>
        <source>Confidentiality:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="69"/>
        <source>Deadline:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="70"/>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="71"/>
        <source>Drafting unit:</source>
        <translation>Đơn vị soạn thảo:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="72"/>
        <source>Presented to:</source>
        <translation>Trình:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="73"/>
        <source>Direction given:</source>
        <translation>Ý kiến chỉ đạo:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="74"/>
        <source>Summary:</source>
        <translation>Tóm tắt nội dung:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="75"/>
        <source>Created:</source>
        <translation>Tạo lúc:</translation>
    </message>
    <message>
        <location filename="../screens/document/panels.py" line="75"/>
        <source>{time} by {name}</source>
        <translation>{time}, {name}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../navigation.py" line="146"/>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="149"/>
        <source>Drafts and outgoing</source>
        <translation>Dự thảo và văn bản đi</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="151"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="153"/>
        <source>My work</source>
        <translation>Việc của tôi</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="156"/>
        <source>Receive documents</source>
        <translation>Tiếp nhận văn bản</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="158"/>
        <source>New draft</source>
        <translation>Soạn dự thảo</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="162"/>
        <source>To sign</source>
        <translation>Chờ ký</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="164"/>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="167"/>
        <source>Registers and reports</source>
        <translation>Sổ đăng ký và báo cáo</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="170"/>
        <source>Document axis</source>
        <translation>Trục liên thông</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="172"/>
        <source>Archive</source>
        <translation>Hồ sơ, lưu trữ</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="174"/>
        <source>Meeting room</source>
        <translation>Phòng họp</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="176"/>
        <source>Directory</source>
        <translation>Danh bạ</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="179"/>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="182"/>
        <source>My account</source>
        <translation>Tài khoản của tôi</translation>
    </message>
</context>
<context>
    <name>NotificationList</name>
    <message>
        <location filename="../screens/shell/notifications.py" line="45"/>
        <source>No notifications yet.</source>
        <translation>Chưa có thông báo.</translation>
    </message>
    <message>
        <location filename="../screens/shell/notifications.py" line="46"/>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../labels.py" line="149"/>
        <source>chair</source>
        <translation>chủ trì</translation>
    </message>
    <message>
        <location filename="../labels.py" line="150"/>
        <source>secretary</source>
        <translation>thư ký</translation>
    </message>
    <message>
        <location filename="../labels.py" line="151"/>
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <location filename="../labels.py" line="152"/>
        <source>substitute</source>
        <translation>người dự thay</translation>
    </message>
    <message>
        <location filename="../labels.py" line="153"/>
        <source>guest</source>
        <translation>khách mời</translation>
    </message>
    <message>
        <location filename="../labels.py" line="172"/>
        <source>Deadline {deadline} approaching: {subject}</source>
        <translation>Sắp đến hạn xử lý {deadline}: {subject}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="175"/>
        <source>Overdue since {deadline}: {subject}</source>
        <translation>Quá hạn xử lý từ {deadline}: {subject}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="178"/>
        <source>New comment on a document by {author}</source>
        <translation>{author} đã góp ý trên một văn bản</translation>
    </message>
    <message>
        <location filename="../labels.py" line="191"/>
        <source>Vote closed, adopted: {motion} (for {yes}, against {no}, abstaining {abstain})</source>
        <translation>Kết thúc biểu quyết, được thông qua: {motion} (tán thành {yes}, không tán thành {no}, không biểu quyết {abstain})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="194"/>
        <source>Vote closed, not adopted: {motion} (for {yes}, against {no}, abstaining {abstain})</source>
        <translation>Kết thúc biểu quyết, không được thông qua: {motion} (tán thành {yes}, không tán thành {no}, không biểu quyết {abstain})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="203"/>
        <source>Meeting starting at {time}: {title} ({location})</source>
        <translation>Sắp đến giờ họp ({time}): {title} ({location})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="205"/>
        <source>Meeting starting at {time}: {title}</source>
        <translation>Sắp đến giờ họp ({time}): {title}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="213"/>
        <source>Meeting details changed: {title}, {time} ({location})</source>
        <translation>Thay đổi thông tin cuộc họp: {title}, {time} ({location})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="215"/>
        <source>Meeting details changed: {title}, {time}</source>
        <translation>Thay đổi thông tin cuộc họp: {title}, {time}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="224"/>
        <source>You were added to a meeting as {role}</source>
        <translation>Bạn được mời dự một cuộc họp với tư cách {role}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="232"/>
        <source>You were taken off a meeting&apos;s participants</source>
        <translation>Bạn đã được rút khỏi thành phần dự một cuộc họp</translation>
    </message>
    <message>
        <location filename="../labels.py" line="237"/>
        <source>You will chair a meeting</source>
        <translation>Bạn được giao chủ trì một cuộc họp</translation>
    </message>
    <message>
        <location filename="../labels.py" line="238"/>
        <source>A meeting has a new chair</source>
        <translation>Cuộc họp có người chủ trì mới</translation>
    </message>
    <message>
        <location filename="../labels.py" line="242"/>
        <source>Meeting invitation: a meeting on {time}</source>
        <translation>Giấy mời họp: cuộc họp lúc {time}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="249"/>
        <source>A meeting document was replaced: {reason}</source>
        <translation>Một tài liệu cuộc họp đã được thay thế: {reason}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="251"/>
        <source>A meeting document was replaced</source>
        <translation>Một tài liệu cuộc họp đã được thay thế</translation>
    </message>
    <message>
        <location filename="../labels.py" line="255"/>
        <source>The meeting session has started ({time})</source>
        <translation>Phiên họp đã khai mạc ({time})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="260"/>
        <source>Vote opened: {motion}</source>
        <translation>Bắt đầu biểu quyết: {motion}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="265"/>
        <source>The meeting has closed ({time})</source>
        <translation>Cuộc họp đã kết thúc ({time})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="270"/>
        <source>New opinion ballot: please answer by {deadline}</source>
        <translation>Phiếu lấy ý kiến mới: đề nghị trả lời trước {deadline}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="277"/>
        <source>Reminder: please answer the opinion ballot by {deadline}</source>
        <translation>Nhắc việc: đề nghị trả lời phiếu lấy ý kiến trước {deadline}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="285"/>
        <source>The opinion ballot&apos;s deadline has passed without your answer</source>
        <translation>Đã quá hạn trả lời phiếu lấy ý kiến mà bạn chưa trả lời</translation>
    </message>
    <message>
        <location filename="../labels.py" line="287"/>
        <source>Opinion ballot overdue: {count} member(s) have not answered</source>
        <translation>Phiếu lấy ý kiến quá hạn: {count} thành viên chưa trả lời</translation>
    </message>
    <message>
        <location filename="../labels.py" line="293"/>
        <source>Opinion ballot closed: {title}</source>
        <translation>Đã kết thúc lấy ý kiến: {title}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="313"/>
        <source>{notice} — {subject}</source>
        <translation>{notice} — {subject}</translation>
    </message>
</context>
<context>
    <name>OutgoingView</name>
    <message>
        <location filename="../screens/outgoing/view.py" line="76"/>
        <source>Drafts and outgoing documents</source>
        <translation>Dự thảo và văn bản đi</translation>
    </message>
    <message>
        <location filename="../screens/outgoing/view.py" line="77"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../screens/outgoing/view.py" line="78"/>
        <source>In progress (draft to signed)</source>
        <translation>Đang xử lý (từ dự thảo đến đã ký)</translation>
    </message>
    <message>
        <location filename="../screens/outgoing/view.py" line="79"/>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <location filename="../screens/outgoing/view.py" line="79"/>
        <source>All stages</source>
        <translation>Tất cả các bước</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../screens/meetings/participants.py" line="79"/>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="79"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="80"/>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="80"/>
        <source>Substitute</source>
        <translation>Dự thay</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="81"/>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="85"/>
        <location filename="../screens/meetings/participants.py" line="189"/>
        <source>Participants</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="86"/>
        <source>Person</source>
        <translation>Người được mời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="86"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="86"/>
        <source>Substitutes for</source>
        <translation>Dự thay cho</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="87"/>
        <source>Guest for items</source>
        <translation>Mời dự các nội dung</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="93"/>
        <source>Attends remotely</source>
        <translation>Dự họp trực tuyến</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="94"/>
        <source>Invite</source>
        <translation>Mời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="95"/>
        <source>Remove</source>
        <translation>Xóa khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="96"/>
        <source>Make chair</source>
        <translation>Giao chủ trì</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="124"/>
        <source> (remote)</source>
        <translation> (trực tuyến)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="197"/>
        <source>Remove “%1” from the meeting?</source>
        <translation>Xóa “%1” khỏi thành phần tham dự?</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="199"/>
        <source>They were invited and will be told.</source>
        <translation>Người này đã được mời và sẽ được thông báo.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="203"/>
        <source>Participant removed.</source>
        <translation>Đã xóa khỏi thành phần tham dự.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="211"/>
        <source>Hand the chair to “%1”?</source>
        <translation>Giao chủ trì cuộc họp cho “%1”?</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="213"/>
        <source>“%1” stays on as a member.</source>
        <translation>“%1” tiếp tục tham dự với tư cách thành viên.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="217"/>
        <source>The chair was handed over.</source>
        <translation>Đã chuyển quyền chủ trì.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/participants.py" line="234"/>
        <source>Invitation added.</source>
        <translation>Đã thêm vào thành phần mời.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../screens/admin/dialogs.py" line="162"/>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="165"/>
        <source>Generate</source>
        <translation>Tạo ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="171"/>
        <source>Person:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="173"/>
        <source>New password:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="174"/>
        <source>Set password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="174"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PdfPagesView</name>
    <message>
        <location filename="../screens/document/pdfpages.py" line="149"/>
        <source>This file cannot be shown: it is not a PDF, or it is damaged. The rest of the document can still be used; the file itself can be saved and opened elsewhere.</source>
        <translation>Không hiển thị được tệp này: tệp không phải là PDF hoặc đã bị hỏng. Các phần khác của văn bản vẫn dùng được bình thường; có thể lưu tệp về máy và mở bằng chương trình khác.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../itemmodels/people.py" line="85"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="86"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="87"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="88"/>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="89"/>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../itemmodels/people.py" line="90"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
</context>
<context>
    <name>PositionsBox</name>
    <message>
        <location filename="../screens/meetings/speakers.py" line="57"/>
        <source>No objection</source>
        <translation>Không phản đối</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="57"/>
        <source>Objection</source>
        <translation>Phản đối</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="58"/>
        <source>Wish to speak</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="62"/>
        <source>Positions before the meeting</source>
        <translation>Ý kiến trước cuộc họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="63"/>
        <source>Reason (optional)</source>
        <translation>Lý do (không bắt buộc)</translation>
    </message>
</context>
<context>
    <name>PreparationDialog</name>
    <message>
        <location filename="../screens/meetings/preparation.py" line="174"/>
        <source>Prepare a meeting</source>
        <translation>Chuẩn bị cuộc họp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="175"/>
        <source>Publish the meeting</source>
        <translation>Phát hành giấy mời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="176"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="213"/>
        <source>Fill in the meeting and create it; then add the agenda and invite the participants.</source>
        <translation>Nhập thông tin cuộc họp và tạo cuộc họp; sau đó thêm chương trình họp và mời thành phần tham dự.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="216"/>
        <source>Draft: only you and the chair see it until you publish it.</source>
        <translation>Dự thảo: chỉ bạn và chủ trì xem được cho đến khi phát hành giấy mời.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="219"/>
        <source>Published: the participants were invited and see the documents.</source>
        <translation>Đã phát hành giấy mời: thành phần tham dự đã được mời và xem được tài liệu.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="238"/>
        <source>Give the meeting a title and a chair.</source>
        <translation>Hãy nhập tên cuộc họp và chọn người chủ trì.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="246"/>
        <source>Meeting created as a draft.</source>
        <translation>Đã tạo cuộc họp ở trạng thái dự thảo.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="258"/>
        <source>The meeting needs a title.</source>
        <translation>Hãy nhập tên cuộc họp.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="262"/>
        <source>Changes saved; the participants were told.</source>
        <translation>Đã lưu thay đổi; thành phần tham dự đã được thông báo.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="263"/>
        <source>Changes saved.</source>
        <translation>Đã lưu thay đổi.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/preparation.py" line="274"/>
        <source>Meeting published; the participants were invited.</source>
        <translation>Đã phát hành giấy mời; thành phần tham dự đã được mời.</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../screens/meetings/ballots.py" line="69"/>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="69"/>
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="70"/>
        <source>Other opinion</source>
        <translation>Ý kiến khác</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballots.py" line="72"/>
        <source>Your opinion (required for another opinion)</source>
        <translation>Ý kiến của bạn (bắt buộc khi chọn ý kiến khác)</translation>
    </message>
</context>
<context>
    <name>ReceiveView</name>
    <message>
        <location filename="../screens/receive/view.py" line="140"/>
        <source>Receive an incoming document</source>
        <translation>Tiếp nhận văn bản đến</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="141"/>
        <source>Choose PDF…</source>
        <translation>Chọn tệp PDF…</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="143"/>
        <location filename="../screens/receive/view.py" line="213"/>
        <location filename="../screens/receive/view.py" line="357"/>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="144"/>
        <source>Type:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="144"/>
        <source>Subject:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="144"/>
        <source>Issuing organ:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="145"/>
        <source>Organ id:</source>
        <translation>Mã định danh cơ quan:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="145"/>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="145"/>
        <source>Notation:</source>
        <translation>Ký hiệu:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="146"/>
        <source>Document date:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="146"/>
        <source>Summary:</source>
        <translation>Tóm tắt nội dung:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="146"/>
        <source>Signer position:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="147"/>
        <source>Signer name:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="147"/>
        <source>Urgency:</source>
        <translation>Độ khẩn:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="147"/>
        <source>Confidentiality:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="148"/>
        <source>Deadline:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="150"/>
        <source>Trích yếu, as printed on the document</source>
        <translation>Trích yếu, ghi đúng như trên văn bản</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="152"/>
        <source>e.g. BKHĐT-TH</source>
        <translation>Ví dụ: BKHĐT-TH</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="153"/>
        <source>Receive</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="154"/>
        <source>Next steps</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="155"/>
        <source>Register</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="156"/>
        <source>Present to leader</source>
        <translation>Trình lãnh đạo</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="157"/>
        <source>Receive another document</source>
        <translation>Tiếp nhận văn bản khác</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="215"/>
        <source>{name} was replaced in the scan folder after it was shown. Choose it again to see what it holds now.</source>
        <translation>{name} đã bị thay bằng tệp khác trong thư mục quét sau khi được hiển thị. Hãy chọn lại để xem nội dung hiện tại.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="224"/>
        <source>Choose the received PDF</source>
        <translation>Chọn tệp PDF văn bản đến</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="247"/>
        <source>{name} is not a PDF that can be read.</source>
        <translation>{name} không phải tệp PDF đọc được.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/receive/view.py" line="252"/>
        <source>{name} — %n page(s)</source>
        <translation>
            <numerusform>{name} — %n trang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="277"/>
        <source>Choose the PDF of the document first.</source>
        <translation>Hãy chọn tệp PDF của văn bản trước.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="280"/>
        <source>The subject and the issuing organ are needed.</source>
        <translation>Cần nhập trích yếu và cơ quan ban hành.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="306"/>
        <source>Received as document #{id}. Register it to give it an arrival number.</source>
        <translation>Đã tiếp nhận, văn bản #{id}. Vào sổ để cấp số đến.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="324"/>
        <source>Arrival number {n}.</source>
        <translation>Số đến {n}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="328"/>
        <source>Warning: this may duplicate document(s) {ids} (same number, notation and issuing organ).</source>
        <translation>Cảnh báo: văn bản này có thể trùng với văn bản {ids} (cùng số, ký hiệu và cơ quan ban hành).</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="344"/>
        <source>Presented to {name}.</source>
        <translation>Đã trình {name}.</translation>
    </message>
</context>
<context>
    <name>RegistersView</name>
    <message>
        <location filename="../screens/registers/view.py" line="106"/>
        <source>Registers and reports</source>
        <translation>Sổ đăng ký và báo cáo</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="107"/>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="108"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="109"/>
        <source>Registers</source>
        <translation>Sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="110"/>
        <source>Processing statistics</source>
        <translation>Thống kê xử lý</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="111"/>
        <source>Register</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="111"/>
        <source>Series</source>
        <translation>Loại sổ</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="112"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="112"/>
        <source>Last number</source>
        <translation>Số cuối</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="113"/>
        <source>Open incoming register book</source>
        <translation>Xem sổ văn bản đến</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="114"/>
        <source>Open outgoing register book</source>
        <translation>Xem sổ văn bản đi</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="115"/>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="117"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="117"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="117"/>
        <source>Done on time</source>
        <translation>Xong đúng hạn</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="117"/>
        <source>Done late</source>
        <translation>Xong quá hạn</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="118"/>
        <source>Open, on track</source>
        <translation>Đang xử lý, trong hạn</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="118"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="118"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="119"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="129"/>
        <source>Incoming register</source>
        <translation>Sổ văn bản đến</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="130"/>
        <source>Outgoing register</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="134"/>
        <source>General</source>
        <translation>Thường</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="134"/>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="135"/>
        <source>Legal normative</source>
        <translation>Quy phạm pháp luật</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="176"/>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/registers/view.py" line="208"/>
        <source>{register} {year}, {series} — %n page(s)</source>
        <translation>
            <numerusform>{register} năm {year}, {series} — %n trang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="195"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="219"/>
        <source>Save register book</source>
        <translation>Lưu sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="228"/>
        <source>Export statistics</source>
        <translation>Xuất thống kê</translation>
    </message>
    <message>
        <location filename="../screens/registers/view.py" line="237"/>
        <source>Saved to {path}.</source>
        <translation>Đã lưu vào {path}.</translation>
    </message>
</context>
<context>
    <name>ReloginDialog</name>
    <message>
        <location filename="../reauth.py" line="56"/>
        <source>Session expired</source>
        <translation>Phiên làm việc đã hết hạn</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="58"/>
        <source>Your session has expired or was ended on the server. Enter your password to go on where you left off; nothing on screen is lost.</source>
        <translation>Phiên làm việc của bạn đã hết hạn hoặc đã bị kết thúc trên máy chủ. Hãy nhập mật khẩu để tiếp tục công việc đang làm; mọi nội dung trên màn hình vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="69"/>
        <source>Sign in again</source>
        <translation>Đăng nhập lại</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="72"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="75"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="76"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="93"/>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <location filename="../reauth.py" line="109"/>
        <source>This is not the account that was signed in.</source>
        <translation>Đây không phải tài khoản đang đăng nhập.</translation>
    </message>
</context>
<context>
    <name>ScanQueue</name>
    <message>
        <location filename="../screens/receive/scans.py" line="22"/>
        <source>The file is empty.</source>
        <translation>Tệp rỗng.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="23"/>
        <source>The file is not a PDF. Set the scanner to save PDF files.</source>
        <translation>Tệp không phải là tệp PDF. Hãy đặt máy quét lưu tệp PDF.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="25"/>
        <source>The PDF is damaged and cannot be read. Scan the document again.</source>
        <translation>Tệp PDF bị hỏng, không đọc được. Hãy quét lại văn bản.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="27"/>
        <source>The PDF has no pages.</source>
        <translation>Tệp PDF không có trang nào.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="28"/>
        <source>The PDF is protected by a password.</source>
        <translation>Tệp PDF được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="77"/>
        <source>Scanned documents</source>
        <translation>Văn bản đã quét</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="78"/>
        <source>From the scan folder {folder}</source>
        <translation>Từ thư mục quét {folder}</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="80"/>
        <source>No scanned document is waiting. PDFs the scanner saves in the folder appear here.</source>
        <translation>Không có văn bản quét nào đang chờ. Các tệp PDF máy quét lưu vào thư mục sẽ hiện ở đây.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/receive/scans.py" line="94"/>
        <source>{name} — %n page(s)</source>
        <translation>
            <numerusform>{name} — %n trang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="114"/>
        <source>{name} was not taken in: {reason} It was moved to {folder}.</source>
        <translation>Không tiếp nhận {name}: {reason} Tệp đã được chuyển vào {folder}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="120"/>
        <source>{name} was already received as document #{id}; it was moved to {folder}.</source>
        <translation>{name} đã được tiếp nhận trước đây là văn bản #{id}; tệp đã được chuyển vào {folder}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="127"/>
        <source>{name}, interrupted last time, is received as document #{id}.</source>
        <translation>{name} bị gián đoạn ở lần trước, nay đã được tiếp nhận là văn bản #{id}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/scans.py" line="131"/>
        <source>{name} could not be sent yet: {error} It stays in the folder.</source>
        <translation>Chưa gửi được {name}: {error} Tệp vẫn nằm trong thư mục.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../screens/search/view.py" line="58"/>
        <source>Search documents</source>
        <translation>Tìm kiếm văn bản</translation>
    </message>
    <message>
        <location filename="../screens/search/view.py" line="59"/>
        <source>Type words (with or without diacritics) or choose filters; the results appear as you go.</source>
        <translation>Gõ từ khóa (có dấu hoặc không dấu) hoặc chọn bộ lọc; kết quả hiện ngay khi bạn nhập.</translation>
    </message>
</context>
<context>
    <name>SentBallots</name>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="220"/>
        <source>New opinion ballot…</source>
        <translation>Phiếu lấy ý kiến mới…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="221"/>
        <source>Close the ballot</source>
        <translation>Kết thúc lấy ý kiến</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="222"/>
        <source>Save the tally report…</source>
        <translation>Lưu báo cáo tổng hợp…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="270"/>
        <source>%1 of %2 answered</source>
        <translation>%1/%2 thành viên đã trả lời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="282"/>
        <source>No opinion ballot sent yet.</source>
        <translation>Chưa gửi phiếu lấy ý kiến nào.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="286"/>
        <source> · closed</source>
        <translation> · đã kết thúc</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="289"/>
        <source>%1 — answered (signed)</source>
        <translation>%1 — đã trả lời (có ký số)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="292"/>
        <source>%1 — not yet</source>
        <translation>%1 — chưa trả lời</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="300"/>
        <source>Opinion ballot sent.</source>
        <translation>Đã gửi phiếu lấy ý kiến.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="313"/>
        <source>Ballot closed.</source>
        <translation>Đã kết thúc lấy ý kiến.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="321"/>
        <source>Save the tally report</source>
        <translation>Lưu báo cáo tổng hợp</translation>
    </message>
    <message>
        <location filename="../screens/meetings/ballot_editor.py" line="333"/>
        <source>Tally report saved: %1</source>
        <translation>Đã lưu báo cáo tổng hợp: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../screens/settings/dialog.py" line="119"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="120"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="120"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="121"/>
        <location filename="../screens/settings/dialog.py" line="156"/>
        <source>Scan folder</source>
        <translation>Thư mục quét</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="121"/>
        <location filename="../screens/settings/dialog.py" line="162"/>
        <source>Signing token module</source>
        <translation>Thư viện thiết bị ký số (token)</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="122"/>
        <location filename="../screens/settings/dialog.py" line="123"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="124"/>
        <source>Used from the next sign-in.</source>
        <translation>Áp dụng từ lần đăng nhập sau.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="125"/>
        <source>New PDFs the scanner saves here are offered for registration.</source>
        <translation>Các tệp PDF mới mà máy quét lưu vào đây sẽ được đề xuất để vào sổ.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="127"/>
        <source>The PKCS#11 library of the signing tokens (.dll, .so or .dylib), from the token&apos;s vendor.</source>
        <translation>Thư viện PKCS#11 của thiết bị ký số (.dll, .so hoặc .dylib) do nhà cung cấp token cấp.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="137"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="179"/>
        <source>The server address must look like https://vanban.example.vn or 10.0.0.5:8400.</source>
        <translation>Địa chỉ máy chủ phải có dạng https://vanban.example.vn hoặc 10.0.0.5:8400.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="183"/>
        <source>The scan folder {path} does not exist.</source>
        <translation>Thư mục quét {path} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../screens/settings/dialog.py" line="186"/>
        <source>The token module {path} does not exist.</source>
        <translation>Thư viện token {path} không tồn tại.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../screens/signing/dialog.py" line="65"/>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="146"/>
        <location filename="../screens/signing/dialog.py" line="158"/>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/signing/dialog.py" line="147"/>
        <source>Sign %n document(s) with one PIN entry.</source>
        <translation>
            <numerusform>Ký %n văn bản, chỉ nhập mã PIN một lần.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="148"/>
        <source>Token (USB key)</source>
        <translation>Token (thiết bị ký số USB)</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="149"/>
        <source>Certificate file (PKCS#12)</source>
        <translation>Tệp chứng thư số (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="150"/>
        <source>Find tokens</source>
        <translation>Tìm token</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="151"/>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="152"/>
        <source>Token library:</source>
        <translation>Thư viện token:</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="152"/>
        <source>Certificate:</source>
        <translation>Chứng thư số:</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="153"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="154"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="155"/>
        <source>Level {level}; time-stamping authority: {tsa}.</source>
        <translation>Mức {level}; dịch vụ cấp dấu thời gian: {tsa}.</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="182"/>
        <source>Passphrase:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="182"/>
        <source>PIN:</source>
        <translation>Mã PIN:</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="185"/>
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="193"/>
        <source>Enter the token library (PKCS#11 module) first.</source>
        <translation>Hãy nhập thư viện token (mô-đun PKCS#11) trước.</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="217"/>
        <source>No token with a certificate is plugged in.</source>
        <translation>Chưa cắm token nào có chứng thư số.</translation>
    </message>
    <message>
        <location filename="../screens/signing/dialog.py" line="256"/>
        <source>Opening the key…</source>
        <translation>Đang mở khóa ký…</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <location filename="../screens/document/signatures.py" line="178"/>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="178"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="179"/>
        <source>Signing time</source>
        <translation>Thời gian ký</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="180"/>
        <source>Time stamp</source>
        <translation>Dấu thời gian</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="179"/>
        <source>Level</source>
        <translation>Mức</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="178"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="180"/>
        <source>After signing</source>
        <translation>Sau khi ký</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="189"/>
        <source>Checking the signatures…</source>
        <translation>Đang kiểm tra chữ ký số…</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="196"/>
        <source>The signatures could not be checked: {error}</source>
        <translation>Không kiểm tra được chữ ký số: {error}</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="202"/>
        <source>Checked at {time} with the agency&apos;s trust list.</source>
        <translation>Kiểm tra lúc {time} theo danh sách tin cậy của cơ quan.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="217"/>
        <source>unreadable certificate</source>
        <translation>chứng thư số không đọc được</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="222"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="233"/>
        <source>Indication: {indication}</source>
        <translation>Kết quả kiểm tra: {indication}</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="239"/>
        <source>Certificate: {organisation} — serial {serial}, issued by {issuer}</source>
        <translation>Chứng thư số: {organisation} — số hiệu {serial}, do {issuer} cấp</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="244"/>
        <source>Certification signature (level {level} of changes allowed).</source>
        <translation>Chữ ký chứng nhận (mức thay đổi được phép: {level}).</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <location filename="../screens/document/signatures.py" line="30"/>
        <source>The signature is malformed, does not cover the whole document, or the document was changed in a way the signer did not allow.</source>
        <translation>Chữ ký sai định dạng, không bao trùm toàn bộ văn bản, hoặc văn bản đã bị sửa theo cách người ký không cho phép.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="33"/>
        <source>The signed content was changed after signing.</source>
        <translation>Nội dung đã ký bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="35"/>
        <source>The signature value does not match the signer&apos;s certificate.</source>
        <translation>Giá trị chữ ký không khớp với chứng thư số của người ký.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="37"/>
        <source>The signer&apos;s certificate was revoked before the document was signed.</source>
        <translation>Chứng thư số của người ký đã bị thu hồi trước khi văn bản được ký.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="39"/>
        <source>The signer&apos;s certificate has been revoked and no time stamp proves the document was signed before that.</source>
        <translation>Chứng thư số của người ký đã bị thu hồi và không có dấu thời gian chứng minh văn bản được ký trước thời điểm đó.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="42"/>
        <source>The signer&apos;s certificate does not lead to a trusted certification authority.</source>
        <translation>Chứng thư số của người ký không dẫn tới một tổ chức cung cấp dịch vụ chứng thực được tin cậy.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="45"/>
        <source>The signer&apos;s certificate chain could not be checked.</source>
        <translation>Không kiểm tra được chuỗi chứng thư số của người ký.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="47"/>
        <source>The signer&apos;s certificate was expired or not yet valid at the signing time, and no time stamp proves otherwise.</source>
        <translation>Chứng thư số của người ký đã hết hạn hoặc chưa có hiệu lực tại thời điểm ký, và không có dấu thời gian chứng minh điều ngược lại.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="50"/>
        <source>The signer&apos;s certificate has expired since signing; it was not revoked.</source>
        <translation>Chứng thư số của người ký đã hết hạn sau khi ký; chứng thư không bị thu hồi.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="53"/>
        <source>The revocation status of the certificate is not available yet; check again later.</source>
        <translation>Chưa có thông tin về tình trạng thu hồi của chứng thư số; hãy kiểm tra lại sau.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="56"/>
        <source>The certificate chain breaks the rules its authorities set.</source>
        <translation>Chuỗi chứng thư số vi phạm các ràng buộc do tổ chức chứng thực đặt ra.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="58"/>
        <source>The signature uses an algorithm or key size that is no longer accepted.</source>
        <translation>Chữ ký dùng thuật toán hoặc độ dài khóa không còn được chấp nhận.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="61"/>
        <source>The time stamps of this signature are not in a possible order.</source>
        <translation>Các dấu thời gian của chữ ký này có thứ tự không hợp lý.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="63"/>
        <source>The signer&apos;s certificate was not yet valid at the signing time.</source>
        <translation>Chứng thư số của người ký chưa có hiệu lực tại thời điểm ký.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="65"/>
        <source>The signer&apos;s certificate had expired at the signing time.</source>
        <translation>Chứng thư số của người ký đã hết hạn tại thời điểm ký.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="67"/>
        <source>The signature lacks attributes the validation policy requires.</source>
        <translation>Chữ ký thiếu các thuộc tính mà chính sách kiểm tra yêu cầu.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="69"/>
        <source>The signature policy could not be processed.</source>
        <translation>Không xử lý được chính sách chữ ký.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="71"/>
        <source>The signature policy the signature names is not available.</source>
        <translation>Không có chính sách chữ ký mà chữ ký này viện dẫn.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="73"/>
        <source>The signer&apos;s certificate is missing from the signature.</source>
        <translation>Chữ ký không kèm chứng thư số của người ký.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="75"/>
        <source>A certification authority in the chain has been revoked and no time stamp proves the document was signed before that.</source>
        <translation>Một tổ chức chứng thực trong chuỗi đã bị thu hồi và không có dấu thời gian chứng minh văn bản được ký trước thời điểm đó.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="78"/>
        <source>The revocation information is outside its validity period and no time stamp bridges the gap.</source>
        <translation>Thông tin thu hồi nằm ngoài thời hạn hiệu lực của nó và không có dấu thời gian nào bù đắp khoảng trống đó.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="81"/>
        <source>The signature uses an algorithm no longer accepted, and no time stamp proves it was made while it still was.</source>
        <translation>Chữ ký dùng thuật toán không còn được chấp nhận và không có dấu thời gian chứng minh chữ ký được tạo khi thuật toán còn được chấp nhận.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="84"/>
        <source>No proof of existence at the needed time (a time stamp) was found.</source>
        <translation>Không tìm thấy bằng chứng tồn tại (dấu thời gian) tại thời điểm cần thiết.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="86"/>
        <source>The signed content could not be found.</source>
        <translation>Không tìm thấy nội dung đã ký.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="88"/>
        <source>The signature could not be confirmed.</source>
        <translation>Không xác nhận được chữ ký.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="97"/>
        <source>No time stamp: the signing time is only what the signer&apos;s computer claimed.</source>
        <translation>Không có dấu thời gian: thời điểm ký chỉ là thời gian do máy tính của người ký ghi nhận.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="99"/>
        <source>Technical detail: {detail}</source>
        <translation>Chi tiết kỹ thuật: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="114"/>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="115"/>
        <source>Valid with warnings</source>
        <translation>Hợp lệ có cảnh báo</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="116"/>
        <source>Invalid</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="117"/>
        <source>Unknown</source>
        <translation>Không xác định</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="125"/>
        <source>No change</source>
        <translation>Không thay đổi</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="126"/>
        <source>Permitted changes only</source>
        <translation>Chỉ có thay đổi được phép</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="127"/>
        <source>Changed in a way not permitted</source>
        <translation>Bị thay đổi trái phép</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="135"/>
        <source>Every signature of this file is valid.</source>
        <translation>Mọi chữ ký số của tệp này đều hợp lệ.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="136"/>
        <source>At least one signature of this file is invalid.</source>
        <translation>Tệp này có ít nhất một chữ ký số không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="137"/>
        <source>At least one signature of this file cannot be confirmed.</source>
        <translation>Tệp này có ít nhất một chữ ký số không xác định được.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="139"/>
        <source>This file carries no signature.</source>
        <translation>Tệp này không có chữ ký số.</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="146"/>
        <source>Document time stamp</source>
        <translation>Dấu thời gian của tài liệu</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="147"/>
        <source>Leader&apos;s signature</source>
        <translation>Chữ ký của lãnh đạo</translation>
    </message>
    <message>
        <location filename="../screens/document/signatures.py" line="148"/>
        <source>Agency seal</source>
        <translation>Chữ ký số của cơ quan</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../screens/signing/messages.py" line="17"/>
        <source>Wrong PIN. One more wrong PIN will lock the token.</source>
        <translation>Sai mã PIN. Nhập sai thêm một lần nữa token sẽ bị khóa.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="19"/>
        <source>Wrong PIN. Few tries are left before the token locks.</source>
        <translation>Sai mã PIN. Chỉ còn ít lần thử trước khi token bị khóa.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="20"/>
        <source>Wrong PIN. Check it and try again.</source>
        <translation>Sai mã PIN. Hãy kiểm tra và thử lại.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="25"/>
        <source>The certificate of {name} expired on {date}; it can no longer sign.</source>
        <translation>Chứng thư số của {name} đã hết hạn ngày {date}, không thể dùng để ký nữa.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="28"/>
        <source>The certificate of {name} is only valid from {date}.</source>
        <translation>Chứng thư số của {name} chỉ có hiệu lực từ ngày {date}.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="36"/>
        <source>The certificate of {name} (serial {serial}) is not registered to your account. Choose your own certificate, or ask the administrator to bind it.</source>
        <translation>Chứng thư số của {name} (số hiệu {serial}) chưa được gắn với tài khoản của bạn. Hãy chọn chứng thư số của chính bạn, hoặc đề nghị quản trị viên gắn chứng thư này.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="41"/>
        <source>Signatures at level {level} need a time-stamping authority, and none is configured on this computer.</source>
        <translation>Chữ ký ở mức {level} cần dịch vụ cấp dấu thời gian, nhưng máy tính này chưa được cấu hình dịch vụ nào.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="44"/>
        <source>Choose a certificate on a token or a certificate file first.</source>
        <translation>Hãy chọn trước một chứng thư số trên token hoặc một tệp chứng thư số.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="49"/>
        <source>The token&apos;s PIN is locked. Only its security officer can unlock it.</source>
        <translation>Mã PIN của token đã bị khóa. Chỉ người quản trị token mới mở khóa được.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="51"/>
        <source>The token is not plugged in. Plug it in and try again.</source>
        <translation>Chưa cắm token. Hãy cắm token và thử lại.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="53"/>
        <source>The chosen certificate is no longer on the token.</source>
        <translation>Chứng thư số đã chọn không còn trên token.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="55"/>
        <source>The token holds the certificate but not its private key.</source>
        <translation>Token có chứng thư số nhưng không có khóa bí mật tương ứng.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="57"/>
        <source>The token did not work: {detail}</source>
        <translation>Token không hoạt động: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="58"/>
        <source>The certificate file cannot be opened: wrong passphrase or damaged file.</source>
        <translation>Tệp chứng thư số không mở được: sai mật khẩu hoặc tệp bị hỏng.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="60"/>
        <source>The time-stamping authority did not answer; nothing was signed. Try again later.</source>
        <translation>Dịch vụ cấp dấu thời gian không phản hồi; chưa có gì được ký. Hãy thử lại sau.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="63"/>
        <source>The certificate&apos;s revocation status could not be confirmed: it may be revoked, or its authority cannot be reached.</source>
        <translation>Không xác nhận được tình trạng thu hồi của chứng thư số: chứng thư có thể đã bị thu hồi, hoặc không kết nối được tổ chức cấp chứng thư.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="67"/>
        <source>The document&apos;s file is not a PDF that can be signed.</source>
        <translation>Tệp của văn bản không phải là tệp PDF có thể ký.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="76"/>
        <source>Signing failed: {detail}</source>
        <translation>Ký không thành công: {detail}</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="94"/>
        <source>PIN: no wrong attempt recorded.</source>
        <translation>Mã PIN: chưa có lần nhập sai nào.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="95"/>
        <source>A wrong PIN was entered recently: few tries are left.</source>
        <translation>Gần đây đã nhập sai mã PIN: chỉ còn ít lần thử.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="97"/>
        <source>Last try: one more wrong PIN locks the token.</source>
        <translation>Lần thử cuối: nhập sai thêm một lần token sẽ bị khóa.</translation>
    </message>
    <message>
        <location filename="../screens/signing/messages.py" line="99"/>
        <source>The PIN is locked: this token cannot sign.</source>
        <translation>Mã PIN đã bị khóa: token này không thể ký.</translation>
    </message>
</context>
<context>
    <name>SpeakersBox</name>
    <message>
        <location filename="../screens/meetings/speakers.py" line="124"/>
        <source>Speakers</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="125"/>
        <source>Request to speak</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="126"/>
        <source>Give the floor to the next</source>
        <translation>Mời người tiếp theo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="127"/>
        <source>End speech</source>
        <translation>Kết thúc phát biểu</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="128"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="129"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="156"/>
        <source>Nobody has the floor.</source>
        <translation>Chưa có ai phát biểu.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/speakers.py" line="160"/>
        <source>Speaking: %1</source>
        <translation>Đang phát biểu: %1</translation>
    </message>
</context>
<context>
    <name>StepController</name>
    <message>
        <location filename="../screens/document/steps.py" line="57"/>
        <source>Present to a leader</source>
        <translation>Trình lãnh đạo</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="58"/>
        <source>Leader who will give the direction:</source>
        <translation>Lãnh đạo cho ý kiến chỉ đạo:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="60"/>
        <source>Submit for signature</source>
        <translation>Trình ký</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="60"/>
        <source>Leader who will sign:</source>
        <translation>Lãnh đạo ký:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="64"/>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="64"/>
        <source>Note on the result (optional):</source>
        <translation>Ghi chú kết quả (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="67"/>
        <source>Return for changes</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="67"/>
        <source>What must change:</source>
        <translation>Nội dung cần sửa:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="70"/>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="70"/>
        <source>Reason for revoking:</source>
        <translation>Lý do thu hồi:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="72"/>
        <source>Return to sender</source>
        <translation>Trả lại nơi gửi</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="73"/>
        <source>Why the document is returned (the sender receives this reason):</source>
        <translation>Lý do trả lại văn bản (nơi gửi sẽ nhận được lý do này):</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="114"/>
        <source>New version (PDF)</source>
        <translation>Phiên bản mới (PDF)</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="156"/>
        <source>Done: {step}.</source>
        <translation>Đã thực hiện: {step}.</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="160"/>
        <source>Registered with arrival number {n}.</source>
        <translation>Đã vào sổ, số đến {n}.</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="166"/>
        <source>Possible duplicate of document(s) {ids}: same number, notation and issuing organ.</source>
        <translation>Có thể trùng với văn bản {ids}: cùng số, ký hiệu và cơ quan ban hành.</translation>
    </message>
</context>
<context>
    <name>ToSignView</name>
    <message>
        <location filename="../screens/signing/view.py" line="93"/>
        <source>Documents to sign</source>
        <translation>Văn bản chờ ký</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="94"/>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="94"/>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="94"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="95"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="96"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="96"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="97"/>
        <source>Results of the last signing</source>
        <translation>Kết quả lần ký gần nhất</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="98"/>
        <source>Select all</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="99"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/signing/view.py" line="157"/>
        <source>Sign %n document(s)…</source>
        <translation>
            <numerusform>Ký %n văn bản…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="160"/>
        <source>No document is waiting for your signature.</source>
        <translation>Không có văn bản nào chờ bạn ký.</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="180"/>
        <source>%v of %m signed or tried</source>
        <translation>Đã xử lý %v/%m văn bản</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="197"/>
        <source>Signed {signed} of {total} document(s).</source>
        <translation>Đã ký {signed}/{total} văn bản.</translation>
    </message>
    <message>
        <location filename="../screens/signing/view.py" line="212"/>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../itemmodels/units.py" line="33"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../screens/admin/dialogs.py" line="62"/>
        <source>New account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="62"/>
        <source>Edit account</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="68"/>
        <source>(no unit)</source>
        <translation>(không thuộc đơn vị)</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="71"/>
        <source>Account active</source>
        <translation>Tài khoản đang hoạt động</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="73"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="74"/>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="75"/>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="76"/>
        <source>E-mail:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="77"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="79"/>
        <source>Generate</source>
        <translation>Tạo ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="84"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="88"/>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="93"/>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="93"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="94"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="121"/>
        <source>Enter a user name and a full name.</source>
        <translation>Hãy nhập tên đăng nhập và họ tên.</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="123"/>
        <source>Tick at least one role.</source>
        <translation>Hãy chọn ít nhất một vai trò.</translation>
    </message>
    <message>
        <location filename="../screens/admin/dialogs.py" line="125"/>
        <source>Enter or generate a password.</source>
        <translation>Hãy nhập hoặc tạo mật khẩu.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../screens/admin/users.py" line="52"/>
        <source>Search accounts…</source>
        <translation>Tìm tài khoản…</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="54"/>
        <source>New account…</source>
        <translation>Tạo tài khoản…</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="55"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="56"/>
        <source>Reset password…</source>
        <translation>Đặt lại mật khẩu…</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="134"/>
        <source>Account {username} created.</source>
        <translation>Đã tạo tài khoản {username}.</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="145"/>
        <source>Account {username} saved.</source>
        <translation>Đã lưu tài khoản {username}.</translation>
    </message>
    <message>
        <location filename="../screens/admin/users.py" line="155"/>
        <source>New password of {username}: {password}</source>
        <translation>Mật khẩu mới của {username}: {password}</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../screens/document/dialogs.py" line="148"/>
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="149"/>
        <source>What changed in {name}:</source>
        <translation>Nội dung thay đổi trong {name}:</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../screens/meetings/votes.py" line="86"/>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="89"/>
        <source>Open</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="89"/>
        <source>Named (signed)</source>
        <translation>Ghi danh (ký số)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="90"/>
        <source>Secret</source>
        <translation>Bỏ phiếu kín</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="92"/>
        <source>Motion to vote on</source>
        <translation>Nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="93"/>
        <source>Open vote</source>
        <translation>Mở biểu quyết</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="94"/>
        <source>Close vote</source>
        <translation>Kết thúc biểu quyết</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="97"/>
        <source>In favour</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="97"/>
        <source>Against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="97"/>
        <source>Abstain</source>
        <translation>Không biểu quyết</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="113"/>
        <source>No vote on this item yet.</source>
        <translation>Nội dung này chưa có biểu quyết.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="125"/>
        <source>open vote</source>
        <translation>biểu quyết công khai</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="125"/>
        <source>named vote</source>
        <translation>biểu quyết ghi danh</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="126"/>
        <source>secret ballot</source>
        <translation>bỏ phiếu kín</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="128"/>
        <source> — you have voted</source>
        <translation> — bạn đã biểu quyết</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="129"/>
        <source>Voting (%1): %2 of %3 seats have voted%4</source>
        <translation>Đang biểu quyết (%1): %2/%3 thành viên đã biểu quyết%4</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="132"/>
        <source>adopted</source>
        <translation>được thông qua</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="132"/>
        <source>not adopted</source>
        <translation>không được thông qua</translation>
    </message>
    <message>
        <location filename="../screens/meetings/votes.py" line="133"/>
        <source>Closed (%1): %2</source>
        <translation>Đã kết thúc (%1): %2</translation>
    </message>
</context>
<context>
    <name>WorkflowDialogs</name>
    <message>
        <location filename="../screens/document/dialogs.py" line="81"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../screens/document/dialogs.py" line="83"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
