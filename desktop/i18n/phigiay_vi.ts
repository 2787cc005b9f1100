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
        <location filename="../doclabels.py" line="92"/>
        <location filename="../doclabels.py" line="99"/>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="25"/>
        <location filename="../doclabels.py" line="100"/>
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
        <location filename="../doclabels.py" line="102"/>
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
        <location filename="../doclabels.py" line="104"/>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="30"/>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="31"/>
        <source>In review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="32"/>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="33"/>
        <source>Awaiting signature</source>
        <translation>Chờ ký</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="34"/>
        <location filename="../doclabels.py" line="111"/>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="35"/>
        <location filename="../doclabels.py" line="112"/>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="36"/>
        <location filename="../doclabels.py" line="113"/>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="37"/>
        <location filename="../doclabels.py" line="114"/>
        <source>Replaced</source>
        <translation>Đã thay thế</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="43"/>
        <location filename="../doclabels.py" line="53"/>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="44"/>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="45"/>
        <source>Very urgent</source>
        <translation>Thượng khẩn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="46"/>
        <source>Flash</source>
        <translation>Hỏa tốc</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="47"/>
        <source>Flash (timed)</source>
        <translation>Hỏa tốc hẹn giờ</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="54"/>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="55"/>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="56"/>
        <source>Top secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="62"/>
        <source>Incoming</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="63"/>
        <source>Outgoing</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="64"/>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="70"/>
        <source>No deadline</source>
        <translation>Không có hạn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="71"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="72"/>
        <source>On track</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="73"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="74"/>
        <location filename="../doclabels.py" line="117"/>
        <location filename="../doclabels.py" line="129"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="80"/>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="81"/>
        <source>Support</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="82"/>
        <source>For information</source>
        <translation>Để biết</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="88"/>
        <location filename="../doclabels.py" line="89"/>
        <source>Not sent yet</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="90"/>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="91"/>
        <source>Delivered</source>
        <translation>Đã chuyển</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="93"/>
        <source>Failed</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="101"/>
        <source>Presented to a leader</source>
        <translation>Trình lãnh đạo</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="103"/>
        <source>Assigned to an officer</source>
        <translation>Phân công chuyên viên</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="105"/>
        <source>Draft created</source>
        <translation>Tạo dự thảo</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="106"/>
        <source>Submitted for review</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="107"/>
        <source>Returned for changes</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="108"/>
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="109"/>
        <source>Initialed</source>
        <translation>Ký nháy</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="110"/>
        <source>Submitted for signature</source>
        <translation>Trình ký</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="115"/>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="116"/>
        <source>Deadline approaching</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="123"/>
        <source>To register</source>
        <translation>Chờ vào sổ</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="124"/>
        <source>To direct</source>
        <translation>Chờ cho ý kiến chỉ đạo</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="125"/>
        <source>To process</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="126"/>
        <source>To review</source>
        <translation>Chờ xem xét</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="127"/>
        <source>To sign</source>
        <translation>Chờ ký</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="128"/>
        <source>To issue</source>
        <translation>Chờ ban hành</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="130"/>
        <source>My drafts</source>
        <translation>Dự thảo của tôi</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="136"/>
        <source>Register</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="137"/>
        <source>Present to leader…</source>
        <translation>Trình lãnh đạo…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="138"/>
        <source>Direct…</source>
        <translation>Cho ý kiến chỉ đạo…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="139"/>
        <source>Assign officer…</source>
        <translation>Phân công chuyên viên…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="140"/>
        <source>Complete…</source>
        <translation>Hoàn thành…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="141"/>
        <source>New version…</source>
        <translation>Phiên bản mới…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="142"/>
        <source>Submit for review</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="143"/>
        <source>Return…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="144"/>
        <source>Initial</source>
        <translation>Ký nháy</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="145"/>
        <source>Submit for signature…</source>
        <translation>Trình ký…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="146"/>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="147"/>
        <source>Revoke…</source>
        <translation>Thu hồi…</translation>
    </message>
    <message>
        <location filename="../doclabels.py" line="223"/>
        <source>{action}: {subject} ({actor})</source>
        <translation>{action}: {subject} ({actor})</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../itemmodels/documents.py" line="114"/>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="114"/>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="114"/>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="115"/>
        <source>From / unit</source>
        <translation>Nơi gửi / đơn vị</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="115"/>
        <source>Direction</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="115"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="116"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="116"/>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <location filename="../itemmodels/documents.py" line="121"/>
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
    <name>DocumentView</name>
    <message>
        <location filename="../screens/document/view.py" line="175"/>
        <source>← Back to the list</source>
        <translation>← Về danh sách</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="178"/>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="178"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="178"/>
        <source>Handling</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="179"/>
        <source>Comments</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="179"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="183"/>
        <source>Versions (click one to show it)</source>
        <translation>Các phiên bản (bấm để xem)</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="183"/>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="184"/>
        <source>Assignments</source>
        <translation>Phân công xử lý</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="184"/>
        <source>Recipients and delivery</source>
        <translation>Nơi nhận và tình trạng chuyển</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="186"/>
        <location filename="../screens/document/view.py" line="189"/>
        <location filename="../screens/document/view.py" line="195"/>
        <location filename="../screens/document/view.py" line="196"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="186"/>
        <location filename="../screens/document/view.py" line="196"/>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="186"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="187"/>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="187"/>
        <location filename="../screens/document/view.py" line="188"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="188"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="188"/>
        <source>Added by</source>
        <translation>Người thêm</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="190"/>
        <source>Recipient</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="190"/>
        <source>Organ id</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="191"/>
        <source>Delivery</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="191"/>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="192"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="192"/>
        <source>Unit or person</source>
        <translation>Đơn vị, cá nhân</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="193"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="193"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="194"/>
        <source>Assigned by</source>
        <translation>Người giao</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="194"/>
        <location filename="../screens/document/view.py" line="197"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="195"/>
        <source>Author</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="195"/>
        <source>Comment</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="196"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="197"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="198"/>
        <source>Write a comment…</source>
        <translation>Nhập ý kiến…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="199"/>
        <source>About the version shown</source>
        <translation>Về phiên bản đang xem</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="200"/>
        <source>Send comment</source>
        <translation>Gửi ý kiến</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="285"/>
        <source>Version {n} — loading…</source>
        <translation>Phiên bản {n} — đang tải…</translation>
    </message>
    <message>
        <location filename="../screens/document/view.py" line="297"/>
        <source>Version {n}: this file cannot be shown as a PDF.</source>
        <translation>Phiên bản {n}: không hiển thị được tệp này dưới dạng PDF.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/document/view.py" line="302"/>
        <source>Version {n} — %n page(s)</source>
        <translation>
            <numerusform>Phiên bản {n} — %n trang</numerusform>
        </translation>
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
    <name>FileActions</name>
    <message>
        <location filename="../screens/document/files.py" line="46"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="47"/>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="48"/>
        <source>Add attachment…</source>
        <translation>Thêm tệp đính kèm…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="49"/>
        <source>Save the shown version…</source>
        <translation>Lưu phiên bản đang xem…</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="98"/>
        <source>Save attachment</source>
        <translation>Lưu tệp đính kèm</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="110"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="120"/>
        <source>Saved to {path}.</source>
        <translation>Đã lưu vào {path}.</translation>
    </message>
    <message>
        <location filename="../screens/document/files.py" line="126"/>
        <source>Add attachment</source>
        <translation>Thêm tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../screens/inbox/view.py" line="127"/>
        <source>My work</source>
        <translation>Việc của tôi</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="128"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="129"/>
        <source>Load more</source>
        <translation>Tải thêm</translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="177"/>
        <source>All documents</source>
        <translation>Tất cả văn bản</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/inbox/view.py" line="275"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n văn bản</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/inbox/view.py" line="277"/>
        <source>(more available)</source>
        <translation>(còn nữa)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>Clerk</source>
        <translation>Văn thư</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>Officer</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Unit head</source>
        <translation>Lãnh đạo đơn vị</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Agency leader</source>
        <translation>Lãnh đạo cơ quan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Cabinet member</source>
        <translation>Thành viên Chính phủ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Meeting secretary</source>
        <translation>Thư ký cuộc họp</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>Reconnecting…</source>
        <translation>Đang kết nối lại…</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>Session expired</source>
        <translation>Phiên đã hết hạn</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Agency created</source>
        <translation>Tạo cơ quan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Agency changed</source>
        <translation>Sửa thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Signed in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65"/>
        <source>Signed out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66"/>
        <source>Failed sign-in</source>
        <translation>Đăng nhập sai</translation>
    </message>
    <message>
        <location filename="../labels.py" line="67"/>
        <source>Sign-in refused (locked)</source>
        <translation>Từ chối đăng nhập (đang khóa)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="69"/>
        <source>Sign-in refused (disabled)</source>
        <translation>Từ chối đăng nhập (vô hiệu hóa)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>Account locked</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73"/>
        <source>Certificate added</source>
        <translation>Thêm chứng thư số</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>Certificate removed</source>
        <translation>Gỡ chứng thư số</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75"/>
        <source>Unit created</source>
        <translation>Tạo đơn vị</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76"/>
        <source>Account created</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77"/>
        <source>Account changed</source>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Password reset</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>Signature image set</source>
        <translation>Cập nhật ảnh chữ ký</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101"/>
        <source>New account: {name} ({username})</source>
        <translation>Tài khoản mới: {name} ({username})</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105"/>
        <source>Account {username} locked after failed logins, until {until}</source>
        <translation>Tài khoản {username} bị tạm khóa do đăng nhập sai, đến {until}</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110"/>
        <source>Event: {kind}</source>
        <translation>Sự kiện: {kind}</translation>
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
        <location filename="../screens/shell/view.py" line="140"/>
        <source>phigiay — {agency}</source>
        <translation>phigiay — {agency}</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="143"/>
        <source>{name} — {roles}</source>
        <translation>{name} — {roles}</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="145"/>
        <source>Notifications</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="146"/>
        <source>&amp;Session</source>
        <translation>&amp;Phiên làm việc</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="147"/>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="149"/>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="150"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Thông báo</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="151"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../screens/shell/view.py" line="190"/>
        <source>Live updates from the server</source>
        <translation>Cập nhật trực tiếp từ máy chủ</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/shell/view.py" line="220"/>
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n thông báo chưa đọc</numerusform>
        </translation>
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
        <location filename="../navigation.py" line="92"/>
        <source>My work</source>
        <translation>Việc của tôi</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="95"/>
        <source>Receive documents</source>
        <translation>Tiếp nhận văn bản</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="97"/>
        <source>New draft</source>
        <translation>Soạn dự thảo</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="102"/>
        <source>Registers and reports</source>
        <translation>Sổ đăng ký và báo cáo</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="105"/>
        <source>Directory</source>
        <translation>Danh bạ</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="108"/>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../navigation.py" line="111"/>
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
    <name>PhigiayApp</name>
    <message>
        <location filename="../app.py" line="149"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>ReceiveView</name>
    <message>
        <location filename="../screens/receive/view.py" line="129"/>
        <source>Receive an incoming document</source>
        <translation>Tiếp nhận văn bản đến</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="130"/>
        <source>Choose PDF…</source>
        <translation>Chọn tệp PDF…</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="132"/>
        <location filename="../screens/receive/view.py" line="292"/>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="133"/>
        <source>Type:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="133"/>
        <source>Subject:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="133"/>
        <source>Issuing organ:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="134"/>
        <source>Organ id:</source>
        <translation>Mã định danh cơ quan:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="134"/>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="134"/>
        <source>Notation:</source>
        <translation>Ký hiệu:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="135"/>
        <source>Document date:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="135"/>
        <source>Summary:</source>
        <translation>Tóm tắt nội dung:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="135"/>
        <source>Signer position:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="136"/>
        <source>Signer name:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="136"/>
        <source>Urgency:</source>
        <translation>Độ khẩn:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="136"/>
        <source>Confidentiality:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="137"/>
        <source>Deadline:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="139"/>
        <source>Trích yếu, as printed on the document</source>
        <translation>Trích yếu, ghi đúng như trên văn bản</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="141"/>
        <source>e.g. BKHĐT-TH</source>
        <translation>Ví dụ: BKHĐT-TH</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="142"/>
        <source>Receive</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="143"/>
        <source>Next steps</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="144"/>
        <source>Register</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="145"/>
        <source>Present to leader</source>
        <translation>Trình lãnh đạo</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="146"/>
        <source>Receive another document</source>
        <translation>Tiếp nhận văn bản khác</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="181"/>
        <source>Choose the received PDF</source>
        <translation>Chọn tệp PDF văn bản đến</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="193"/>
        <source>{name} is not a PDF that can be read.</source>
        <translation>{name} không phải tệp PDF đọc được.</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/receive/view.py" line="198"/>
        <source>{name} — %n page(s)</source>
        <translation>
            <numerusform>{name} — %n trang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="223"/>
        <source>Choose the PDF of the document first.</source>
        <translation>Hãy chọn tệp PDF của văn bản trước.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="226"/>
        <source>The subject and the issuing organ are needed.</source>
        <translation>Cần nhập trích yếu và cơ quan ban hành.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="242"/>
        <source>Received as document #{id}. Register it to give it an arrival number.</source>
        <translation>Đã tiếp nhận, văn bản #{id}. Vào sổ để cấp số đến.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="260"/>
        <source>Arrival number {n}.</source>
        <translation>Số đến {n}.</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="264"/>
        <source>Warning: this may duplicate document(s) {ids} (same number, notation and issuing organ).</source>
        <translation>Cảnh báo: văn bản này có thể trùng với văn bản {ids} (cùng số, ký hiệu và cơ quan ban hành).</translation>
    </message>
    <message>
        <location filename="../screens/receive/view.py" line="280"/>
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
    <name>StepController</name>
    <message>
        <location filename="../screens/document/steps.py" line="56"/>
        <source>Present to a leader</source>
        <translation>Trình lãnh đạo</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="57"/>
        <source>Leader who will give the direction:</source>
        <translation>Lãnh đạo cho ý kiến chỉ đạo:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="59"/>
        <source>Submit for signature</source>
        <translation>Trình ký</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="59"/>
        <source>Leader who will sign:</source>
        <translation>Lãnh đạo ký:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="63"/>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="63"/>
        <source>Note on the result (optional):</source>
        <translation>Ghi chú kết quả (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="66"/>
        <source>Return for changes</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="66"/>
        <source>What must change:</source>
        <translation>Nội dung cần sửa:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="69"/>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="69"/>
        <source>Reason for revoking:</source>
        <translation>Lý do thu hồi:</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="109"/>
        <source>New version (PDF)</source>
        <translation>Phiên bản mới (PDF)</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="150"/>
        <source>Done: {step}.</source>
        <translation>Đã thực hiện: {step}.</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="154"/>
        <source>Registered with arrival number {n}.</source>
        <translation>Đã vào sổ, số đến {n}.</translation>
    </message>
    <message>
        <location filename="../screens/document/steps.py" line="160"/>
        <source>Possible duplicate of document(s) {ids}: same number, notation and issuing organ.</source>
        <translation>Có thể trùng với văn bản {ids}: cùng số, ký hiệu và cơ quan ban hành.</translation>
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
