<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/about_dialog.py" line="47" />
            <source>关于信访台账</source>
            <translation>About Petition Records</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/about_dialog.py" line="52" />
            <source>信访台账 %1</source>
            <translation>Petition Records %1</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/about_dialog.py" line="66" />
            <source>版本：</source>
            <translation>Version:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/about_dialog.py" line="67" />
            <source>数据库位置：</source>
            <translation>Database location:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/about_dialog.py" line="68" />
            <source>数据库大小：</source>
            <translation>Database size:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/about_dialog.py" line="74" />
            <source>组件</source>
            <translation>Component</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/about_dialog.py" line="74" />
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/about_dialog.py" line="74" />
            <source>许可</source>
            <translation>Licence</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/about_dialog.py" line="83" />
            <source>程序库的许可</source>
            <translation>Library licences</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/about_dialog.py" line="89" />
            <source>字体的许可</source>
            <translation>Font licences</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/about_dialog.py" line="94" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="931" />
            <source>约访</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="933" />
            <source>约访时间*</source>
            <translation>Appointment time*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="934" />
            <source>接待领导*</source>
            <translation>Receiving leader*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="935" />
            <source>约访人*</source>
            <translation>Visitor*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="936" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="937" />
            <source>约访事项*</source>
            <translation>Matter*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="940" />
            <source>关联信访事项编号</source>
            <translation>Linked petition case no.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="941" />
            <source>可不填；填写事项序号</source>
            <translation>Optional; the case's serial number</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="58" />
            <source>指定负责领导：{group}</source>
            <translation>Assign the responsible leader: {group}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="60" />
            <source>负责领导*</source>
            <translation>Responsible leader*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="64" />
            <source>指定日期*</source>
            <translation>Assigned on*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="84" />
            <source>更换负责领导</source>
            <translation>Change responsible leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="85" />
            <source>{group}本届已由{name}负责，改由新选的领导负责吗？</source>
            <translation>{name} is responsible for {group} this term. Hand it to the newly chosen leader?</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="46" />
            <source>用户姓名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="48" />
            <source>全部操作</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="51" />
            <source>查询</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="53" />
            <source>检查完整性</source>
            <translation>Check integrity</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="55" />
            <source>打印摘录</source>
            <translation>Print extract</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="59" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="69" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="120" />
            <source>全部 {n} 条记录的校验链完整，未发现改动。</source>
            <translation>The checksum chain of all {n} records is intact; no changes found.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="125" />
            <source>第 {id} 条起校验链断开：日志可能被修改或删除，请核查。</source>
            <translation>The checksum chain breaks at record {id}: the log may have been altered or deleted. Please investigate.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="135" />
            <source>结束日期不能早于开始日期</source>
            <translation>The end date cannot be before the start date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="147" />
            <source>审计日志摘录</source>
            <translation>Audit log extract</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="42" />
            <source>立即备份</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="43" />
            <source>备份到U盘或文件夹…</source>
            <translation>Back up to a USB drive or folder…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="44" />
            <source>检查所选备份</source>
            <translation>Check selected backup</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="45" />
            <source>从所选备份恢复…</source>
            <translation>Restore from selected backup…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="46" />
            <source>从备份文件恢复…</source>
            <translation>Restore from a backup file…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="52" />
            <source>数据备份</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="77" />
            <source>自动</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="77" />
            <source>手动</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="87" />
            <source>请先在列表中选中一个备份</source>
            <translation>Please select a backup in the list first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="110" />
            <source>操作失败：{e}</source>
            <translation>The operation failed: {e}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="107" />
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="123" />
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="134" />
            <source>正在备份…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="47" />
            <source>设置备份密码…</source>
            <translation>Set backup password…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="55" />
            <source>程序每天和每次退出时自动备份（保留最近 7 天和 4 周），备份在：{folder}。建议每周另外备份到U盘，存放在别处。备份到U盘或其他文件夹时用备份密码加密，恢复时需要输入它。</source>
            <translation>The program backs up automatically every day and at every exit (keeping the last 7 days and 4 weeks), in: {folder}. Also back up to a USB drive each week and keep it somewhere else. Backups to a USB drive or another folder are encrypted with the backup password, which is needed to restore them.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="127" />
            <source>选择U盘或文件夹</source>
            <translation>Choose a USB drive or folder</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="139" />
            <source>已备份并检查通过：{p}</source>
            <translation>Backed up and checked: {p}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="142" />
            <source>设置备份密码</source>
            <translation>Set backup password</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="144" />
            <source>新的备份密码（至少 12 个字符，请另行妥善保管）：</source>
            <translation>New backup password (at least 12 characters; keep it safe elsewhere):</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="148" />
            <source>再输入一次：</source>
            <translation>Enter it again:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="161" />
            <source>备份密码已设置。</source>
            <translation>The backup password is set.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="168" />
            <source>备份密码</source>
            <translation>Backup password</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="168" />
            <source>这个备份已加密，请输入备份密码：</source>
            <translation>This backup is encrypted. Enter the backup password:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="184" />
            <source>备份有问题：{p}</source>
            <translation>The backup has problems: {p}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="187" />
            <source>备份检查通过，可以用来恢复。</source>
            <translation>The backup passed the check and can be used to restore.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="192" />
            <source>正在检查…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="204" />
            <source>选择备份文件</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="205" />
            <source>备份 (*.backup);;恢复前的数据 (*.before-restore-*);;所有文件 (*)</source>
            <translation>Backups (*.backup);;Data from before a restore (*.before-restore-*);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="212" />
            <source>用备份“{name}”替换现在的全部数据？
现在的数据会另存一份，不会删除。恢复后需要重新登录。</source>
            <translation>Replace all current data with the backup “{name}”?
The current data is kept aside, not deleted. You will need to sign in again after the restore.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="215" />
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="226" />
            <source>恢复数据</source>
            <translation>Restore data</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="223" />
            <source>已从备份恢复。</source>
            <translation>Restored from the backup.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="225" />
            <source>恢复前的数据另存为：{p}</source>
            <translation>The data before the restore was kept as: {p}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="226" />
            <source>
请重新登录。</source>
            <translation>
Please sign in again.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="233" />
            <source>正在恢复…</source>
            <translation>Restoring…</translation>
        </message>
    </context>
    <context>
        <name>CaseAttentionPanel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="22" />
            <source>信访事项</source>
            <translation>Petition cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="39" />
            <source>已逾期 {n} 件</source>
            <translation>{n} overdue</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="40" />
            <source>{days} 天内到期 {{n}} 件</source>
            <translation>{{n}} due within {days} days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="41" />
            <source>未书面告知 {n} 件</source>
            <translation>{n} without written notice</translation>
        </message>
    </context>
    <context>
        <name>CaseForm</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="67" />
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="276" />
            <source>新信访事项</source>
            <translation>New petition case</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="84" />
            <source>添加信访人</source>
            <translation>Add petitioner</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="99" />
            <source>保密：不打印在发给被反映方的文书上</source>
            <translation>Confidential: not printed on documents sent to the party complained about</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="112" />
            <source>渠道</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="113" />
            <source>收到日期</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="114" />
            <source>转办/交办机关</source>
            <translation>Referring / assigning body</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="115" />
            <source>转办文号</source>
            <translation>Referral document no.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="116" />
            <source>信访人</source>
            <translation>Petitioner</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="117" />
            <source>人数（人次）</source>
            <translation>People (person-times)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="118" />
            <source>信访请求</source>
            <translation>Request</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="119" />
            <source>事实</source>
            <translation>Facts</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="120" />
            <source>理由</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="121" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="122" />
            <source>所属地区</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="123" />
            <source>被反映人</source>
            <translation>Person complained about</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="124" />
            <source>被反映部门</source>
            <translation>Office complained about</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="125" />
            <source>包案领导</source>
            <translation>Case owner</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="126" />
            <source>承办部门</source>
            <translation>Handling office</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="127" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="135" />
            <source>保存 (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="137" />
            <source>新建</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="182" />
            <source>（未指定）</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="291" />
            <source>未保存的新信访事项</source>
            <translation>Unsaved new petition case</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="292" />
            <source>信访事项的修改（{title}）</source>
            <translation>Changes to the petition case ({title})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="298" />
            <source>新信访事项（来自包组摸排发现）</source>
            <translation>New petition case (from a group screening finding)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="300" />
            <source>新信访事项（来自来访登记）</source>
            <translation>New petition case (from the visit register)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="313" />
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="364" />
            <source>信访事项 {number}</source>
            <translation>Petition case {number}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="316" />
            <source>重信重访：前次为 {number}</source>
            <translation>Repeat petition: previously {number}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="333" />
            <source>此信访人或事项此前有 {n} 件：{numbers}（保存后自动关联为重信重访）</source>
            <translation>This petitioner or matter already has {n} case(s): {numbers} (linked as a repeat petition when saved)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="357" />
            <source>没有保存：请按红字修改后再保存。</source>
            <translation>Not saved: please correct what the red text says and save again.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="366" />
            <source>，已关联前次 {n}（重信重访）</source>
            <translation>, linked to the earlier {n} (repeat petition)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="371" />
            <source>已保存 {number}{note}</source>
            <translation>Saved {number}{note}</translation>
        </message>
    </context>
    <context>
        <name>CaseSettingsBox</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="46" />
            <source>信访事项设置</source>
            <translation>Petition case settings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="51" />
            <source>编号、类别与期限</source>
            <translation>Numbers, categories and time limits</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="52" />
            <source>节假日与调休</source>
            <translation>Holidays and swapped working days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="66" />
            <source>格式有误：只能用 {year} 和 {seq}</source>
            <translation>Invalid format: only {year} and {seq} may be used</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="71" />
            <source>今年的编号将是：{first}、{second}…</source>
            <translation>This year's numbers will be: {first}, {second}…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="80" />
            <source>每行一项</source>
            <translation>One item per line</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="90" />
            <source>{year} 是年份，{seq:03d} 是三位序号（001、002…），其余文字照原样印出</source>
            <translation>{year} is the year, {seq:03d} a three-digit sequence (001, 002…); other text is printed as written</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="96" />
            <source>编号格式</source>
            <translation>Number format</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="98" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="99" />
            <source>所属地区</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="107" />
            <source> 天</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="123" />
            <source>恢复国家规定的期限</source>
            <translation>Restore the national time limits</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="125" />
            <source>保存信访事项设置</source>
            <translation>Save petition case settings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="128" />
            <source>内部目标填 0 表示不设</source>
            <translation>Enter 0 for no internal target</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="190" />
            <source>已保存；办理中信访事项的期限已按新设置重新计算。</source>
            <translation>Saved; the deadlines of open petition cases were recalculated with the new settings.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="198" />
            <source>没有保存：请按红字修改。</source>
            <translation>Not saved: please correct what the red text says.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="206" />
            <source>每行一天：日期 节日名称，例如
2027-01-01 元旦</source>
            <translation>One day per line: date and holiday name, e.g.
2027-01-01 New Year's Day</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="208" />
            <source>每行一天：调休上班的周末，例如
2027-02-06</source>
            <translation>One day per line: a weekend day worked in exchange, e.g.
2027-02-06</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="215" />
            <source>放假日</source>
            <translation>Days off</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="216" />
            <source>调休上班日</source>
            <translation>Swapped working days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="217" />
            <source>保存节假日标记</source>
            <translation>Save holiday marks</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="225" />
            <source>程序已包含 {year} 年的法定节假日；这里的标记用于更正。</source>
            <translation>The program already knows the statutory holidays of {year}; marks here are corrections.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="228" />
            <source>程序还不知道 {year} 年的法定节假日和调休安排：国务院公布后请在这里标记，否则该年的工作日期限按周一至周五计算。</source>
            <translation>The program does not yet know the statutory holidays and swapped working days of {year}: mark them here once the State Council publishes them, or that year's working-day limits count Monday to Friday.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="287" />
            <source>已保存节假日标记；办理中信访事项的期限已重新计算。</source>
            <translation>Holiday marks saved; the deadlines of open petition cases were recalculated.</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="76" />
            <source>搜索 编号 / 信访人 / 请求 / 承办部门 (Ctrl+F)</source>
            <translation>Search number / petitioner / request / handling office (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="117" />
            <source>登记</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="118" />
            <source>办理</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="121" />
            <source>文书</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="123" />
            <source>新建 (Ctrl+N)</source>
            <translation>New (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="125" />
            <source>重信重访链</source>
            <translation>Repeat petition chain</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="134" />
            <source>打印台账</source>
            <translation>Print ledger</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="136" />
            <source>导出 Excel</source>
            <translation>Export Excel</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="138" />
            <source>导入旧台账…</source>
            <translation>Import old ledger…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="150" />
            <source>台账期间</source>
            <translation>Ledger period</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="152" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="205" />
            <source>全部包案领导</source>
            <translation>All case owners</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="244" />
            <source>共 {count} 件</source>
            <translation>{count} in all</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="274" />
            <source>信访事项</source>
            <translation>Petition cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="275" />
            <source>登记表中有未保存的内容，打开其他事项将放弃这些内容。是否继续？</source>
            <translation>The form has unsaved typing; opening another case discards it. Continue?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="351" />
            <source>请先选中一件信访事项。</source>
            <translation>Please select a petition case first.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="360" />
            <source>同一信访人/事项共 {n} 件：{lines}</source>
            <translation>{n} cases of the same petitioner / matter: {lines}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="381" />
            <source>信访事项登记台账</source>
            <translation>Petition case ledger</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="390" />
            <source>导出信访事项登记台账</source>
            <translation>Export petition case ledger</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="392" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="406" />
            <source>已导出：{p}</source>
            <translation>Exported: {p}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="416" />
            <source>已导入 {n} 件信访事项。</source>
            <translation>Imported {n} petition cases.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="425" />
            <source>正在生成…</source>
            <translation>Generating…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="435" />
            <source>操作失败：{e}</source>
            <translation>The operation failed: {e}</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="211" />
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="214" />
            <source>这是管理员设置的临时密码，请先改成只有您知道的密码。</source>
            <translation>This is a temporary password set by the administrator; please change it to one only you know.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="217" />
            <source>至少 {n} 位，含字母、数字、符号中的两类</source>
            <translation>At least {n} characters, from two of: letters, digits, symbols</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="220" />
            <source>原密码</source>
            <translation>Current password</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="221" />
            <source>新密码</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="222" />
            <source>确认新密码</source>
            <translation>Confirm new password</translation>
        </message>
    </context>
    <context>
        <name>DisputeDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="49" />
            <source>矛盾纠纷登记（五个一）</source>
            <translation>Dispute registration (the five ones)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="52" />
            <source>排查日期*</source>
            <translation>Found on*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="54" />
            <source>纠纷事项*</source>
            <translation>Dispute*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="55" />
            <source>当事人</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="56" />
            <source>化解班子*</source>
            <translation>Resolution team*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="58" />
            <source>责任人*</source>
            <translation>Responsible person*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="60" />
            <source>化解方案*</source>
            <translation>Resolution plan*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="61" />
            <source>化解时限*</source>
            <translation>Resolve by*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="62" />
            <source>风险等级*</source>
            <translation>Risk level*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="63" />
            <source>（请选择）</source>
            <translation>(please choose)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="66" />
            <source>风险评估</source>
            <translation>Risk assessment</translation>
        </message>
    </context>
    <context>
        <name>DisputesTab</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="149" />
            <source>只看未化解</source>
            <translation>Unresolved only</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="154" />
            <source>排查日期</source>
            <translation>Found on</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="155" />
            <source>纠纷事项</source>
            <translation>Dispute</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="156" />
            <source>责任人</source>
            <translation>Responsible person</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="157" />
            <source>化解班子</source>
            <translation>Resolution team</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="158" />
            <source>化解时限</source>
            <translation>Resolve by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="159" />
            <source>风险</source>
            <translation>Risk</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="160" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="161" />
            <source>最新进展</source>
            <translation>Latest progress</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="164" />
            <source>登记纠纷…</source>
            <translation>Register dispute…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="166" />
            <source>修改…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="168" />
            <source>记录进展…</source>
            <translation>Record progress…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="170" />
            <source>打印台账</source>
            <translation>Print ledger</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="207" />
            <source>（逾期）</source>
            <translation>(overdue)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="230" />
            <source>已登记矛盾纠纷</source>
            <translation>Dispute registered</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="236" />
            <source>请先在台账中选中一条纠纷</source>
            <translation>Please select a dispute in the ledger first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="242" />
            <source>已保存修改</source>
            <translation>Changes saved</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="255" />
            <source>已记录进展</source>
            <translation>Progress recorded</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="269" />
            <source>矛盾纠纷排查化解台账</source>
            <translation>Dispute screening and resolution ledger</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="270" />
            <source>矛盾纠纷排查化解台账.pdf</source>
            <translation>Dispute ledger.pdf</translation>
        </message>
    </context>
    <context>
        <name>DocumentSettingsBox</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/document_settings_box.py" line="40" />
            <source>文书设置（告知书、意见书上印的内容）</source>
            <translation>Document settings (what notices and decisions print)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/document_settings_box.py" line="56" />
            <source>文号格式（{year} 年份，{seq} 序号；留空用默认）</source>
            <translation>Document number formats ({year} year, {seq} sequence; blank for the default)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/document_settings_box.py" line="67" />
            <source>保存文书设置</source>
            <translation>Save document settings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/document_settings_box.py" line="104" />
            <source>文书设置没有保存，请按红字提示改正。</source>
            <translation>Document settings not saved: please correct what the red text says.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/document_settings_box.py" line="109" />
            <source>文书设置已保存。</source>
            <translation>Document settings saved.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="99" />
            <source>印发</source>
            <translation>Issue</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="100" />
            <source>编文号并固定内容；以后打印都是同一份文书的副本</source>
            <translation>Numbers the document and freezes its content; later prints are copies of the same document</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="112" />
            <source>打印副本</source>
            <translation>Print copy</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="114" />
            <source>打印存根</source>
            <translation>Print counterfoil</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="116" />
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="271" />
            <source>送达回证</source>
            <translation>Proof of service</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="118" />
            <source>登记送达…</source>
            <translation>Record service…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="120" />
            <source>更正…</source>
            <translation>Correct…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="188" />
            <source>请先在列表中选中一份文书。</source>
            <translation>Please select a document in the list first.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="208" />
            <source>印发文书</source>
            <translation>Issue document</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="210" />
            <source>印发后“{kind}”将编定文号、固定内容，以后打印的都是这份文书的副本。确定印发吗？</source>
            <translation>Once issued, the “{kind}” gets its document number and its content is frozen; later prints are copies of it. Issue it?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="223" />
            <source>已印发：{number}</source>
            <translation>Issued: {number}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="251" />
            <source>存根</source>
            <translation>Counterfoil</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="258" />
            <source>这份文书发给单位，不需要送达回证。</source>
            <translation>This document goes to a body and needs no proof of service.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="279" />
            <source>启用文书登记前印发的文书不能登记送达，请在办理步骤中记录。</source>
            <translation>Documents issued before the document register was in use cannot have service recorded; record it in the handling steps.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="300" />
            <source>已登记送达。</source>
            <translation>Service recorded.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="309" />
            <source>启用文书登记前印发的文书请直接印发一份新的。</source>
            <translation>For a document issued before the document register was in use, issue a new one.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="314" />
            <source>更正文书</source>
            <translation>Correct document</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="315" />
            <source>更正“{number}”的原因（将印发一份新文书替代它）：</source>
            <translation>Reason for correcting “{number}” (a new document will be issued to replace it):</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="329" />
            <source>已印发更正文书：{number}</source>
            <translation>Correction issued: {number}</translation>
        </message>
    </context>
    <context>
        <name>DutyLogDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="180" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="180" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="180" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="180" />
            <source>记录人</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="191" />
            <source>事件、来电内容、处理情况…</source>
            <translation>Events, calls, what was done…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="193" />
            <source>添加记录</source>
            <translation>Add entry</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="203" />
            <source>关联选中的记录</source>
            <translation>Link selected records</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="207" />
            <source>已关联的来访登记和信访事项</source>
            <translation>Linked visits and petition cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="210" />
            <source>本班时段内的来访登记和信访事项</source>
            <translation>Visits and petition cases during this shift</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="216" />
            <source>交接班事项：未办结的事、需要下一班注意的事</source>
            <translation>Handover: unfinished matters and what the next shift should watch</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="220" />
            <source>值班人员签名</source>
            <translation>Duty staff signature</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="222" />
            <source>保存交接事项</source>
            <translation>Save handover</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="224" />
            <source>签字确认</source>
            <translation>Sign off</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="226" />
            <source>打印值班记录</source>
            <translation>Print duty log</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="264" />
            <source>值班记录 {d} {p}</source>
            <translation>Duty log {d} {p}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="267" />
            <source>{start} 至 {end}　{people}</source>
            <translation>{start} to {end}　{people}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="320" />
            <source>{name} 已于 {when} 签字确认</source>
            <translation>{name} signed off at {when}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="387" />
            <source>交接事项已保存</source>
            <translation>Handover saved</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="400" />
            <source>值班记录</source>
            <translation>Duty log</translation>
        </message>
    </context>
    <context>
        <name>ExpectedVisitorsBox</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/gate.py" line="28" />
            <source>今日约访</source>
            <translation>Today's appointments</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/gate.py" line="33" />
            <source>登记到访</source>
            <translation>Register arrival</translation>
        </message>
    </context>
    <context>
        <name>FirstAdministratorDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="106" />
            <source>设置管理员</source>
            <translation>Set up the administrator</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="111" />
            <source>第一次使用，请先设置管理员账号。管理员可以添加门卫、信访员、领导等用户，并负责备份数据。请牢记密码。</source>
            <translation>First start: please set up the administrator account. The administrator adds users (gate staff, petition officers, leaders) and looks after the backups. Remember the password.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="118" />
            <source>例如：刘主任</source>
            <translation>e.g. Director Liu</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="119" />
            <source>至少 {n} 位，含字母、数字、符号中的两类</source>
            <translation>At least {n} characters, from two of: letters, digits, symbols</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="122" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="123" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="124" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="125" />
            <source>确认密码</source>
            <translation>Confirm password</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="170" />
            <source>指定跟进</source>
            <translation>Assign follow-up</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="173" />
            <source>跟进责任人*</source>
            <translation>Follow-up by*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="177" />
            <source>跟进期限*</source>
            <translation>Follow-up due*</translation>
        </message>
    </context>
    <context>
        <name>ForumDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="90" />
            <source>记录座谈会</source>
            <translation>Record forum</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="92" />
            <source>日期*</source>
            <translation>Date*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="93" />
            <source>类型*</source>
            <translation>Type*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="95" />
            <source>地点*</source>
            <translation>Place*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="96" />
            <source>主持人*</source>
            <translation>Chaired by*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="99" />
            <source>参加人数*</source>
            <translation>Attendance*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="102" />
            <source>参加人员</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="103" />
            <source>座谈情况</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="105" />
            <source>意见和建议（每行一条）</source>
            <translation>Opinions and suggestions (one per line)</translation>
        </message>
    </context>
    <context>
        <name>ForumsTab</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="154" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="155" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="156" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="157" />
            <source>主持人</source>
            <translation>Chair</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="158" />
            <source>人数</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="159" />
            <source>意见</source>
            <translation>Opinions</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="160" />
            <source>未落实</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="165" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="165" />
            <source>意见和建议</source>
            <translation>Opinions and suggestions</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="165" />
            <source>落实情况</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="167" />
            <source>记录座谈会…</source>
            <translation>Record forum…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="169" />
            <source>打印座谈会记录</source>
            <translation>Print forum record</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="171" />
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="286" />
            <source>意见已落实</source>
            <translation>Opinion acted on</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="173" />
            <source>转为信访事项…</source>
            <translation>Turn into a petition case…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="183" />
            <source>年度：</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="188" />
            <source>座谈会</source>
            <translation>Forums</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="190" />
            <source>意见和建议及落实情况</source>
            <translation>Opinions, suggestions and follow-up</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="264" />
            <source>已记录座谈会</source>
            <translation>Forum recorded</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="271" />
            <source>请先选中一条意见</source>
            <translation>Please select an opinion first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="295" />
            <source>转为信访事项</source>
            <translation>Turn into a petition case</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="295" />
            <source>提出这条意见的人（信访人）姓名：</source>
            <translation>Name of the person who raised this opinion (petitioner):</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="308" />
            <source>已登记为信访事项 {n}</source>
            <translation>Registered as petition case {n}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="314" />
            <source>请先选中一次座谈会</source>
            <translation>Please select a forum first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="325" />
            <source>座谈会记录</source>
            <translation>Forum record</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="325" />
            <source>座谈会记录{d}.pdf</source>
            <translation>Forum record {d}.pdf</translation>
        </message>
    </context>
    <context>
        <name>GenerateDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="63" />
            <source>生成值班表</source>
            <translation>Generate duty rota</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="66" />
            <source>{y}年{m}月值班表</source>
            <translation>Duty rota {y}-{m}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="74" />
            <source>第 </source>
            <translation>Plan </translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="75" />
            <source> 种排法</source>
            <translation> (equally fair)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="77" />
            <source>换一个数字，排出另一种同样公平的安排</source>
            <translation>Change the number for another, equally fair arrangement</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="86" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="87" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="88" />
            <source>结束日期</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="89" />
            <source>排法</source>
            <translation>Arrangement</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="93" />
            <source>生成</source>
            <translation>Generate</translation>
        </message>
    </context>
    <context>
        <name>GroupTab</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="168" />
            <source>成立/换届…</source>
            <translation>Form / new term…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="170" />
            <source>修改决定…</source>
            <translation>Edit decision…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="172" />
            <source>显示变动记录</source>
            <translation>Show changes</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="179" />
            <source>小组职务</source>
            <translation>Group role</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="180" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="181" />
            <source>职务</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="182" />
            <source>部门</source>
            <translation>Office</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="183" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="184" />
            <source>起始日期</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="185" />
            <source>截止日期</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="186" />
            <source>分工</source>
            <translation>Duties</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="189" />
            <source>添加成员…</source>
            <translation>Add member…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="191" />
            <source>调整职务/分工…</source>
            <translation>Change role / duties…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="193" />
            <source>移出…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="195" />
            <source>打印名单</source>
            <translation>Print list</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="197" />
            <source>打印分工表</source>
            <translation>Print duties</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="202" />
            <source>届次：</source>
            <translation>Term:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="236" />
            <source>（已结束）</source>
            <translation>(ended)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="236" />
            <source>（现任）</source>
            <translation>(current)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="242" />
            <source>尚未成立领导小组：点“成立/换届…”录入行政会的决定。</source>
            <translation>No leadership group yet: click “Form / new term…” to enter the administrative meeting's decision.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="264" />
            <source>成立：{day}　{meeting}　文号：{number}{ended}</source>
            <translation>Formed: {day}　{meeting}　Document no.: {number}{ended}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="267" />
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="268" />
            <source>　结束：{d}</source>
            <translation>　Ended: {d}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="302" />
            <source>请先在表中选中一位成员</source>
            <translation>Please select a member in the table first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="304" />
            <source>这是已结束的变动记录，请选中现任的那一行</source>
            <translation>This is an ended record; please select the current row</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="319" />
            <source>已成立新一届领导小组，请添加成员。</source>
            <translation>The new leadership group term is formed; please add its members.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="327" />
            <source>已修改成立决定</source>
            <translation>Decision updated</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="339" />
            <source>已添加 {name}</source>
            <translation>Added {name}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="349" />
            <source>已调整 {name} 的职务或分工</source>
            <translation>Changed the role or duties of {name}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="357" />
            <source>{name} 已移出领导小组</source>
            <translation>{name} removed from the leadership group</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="372" />
            <source>领导小组名单</source>
            <translation>Leadership group list</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="373" />
            <source>领导小组名单.pdf</source>
            <translation>Leadership group list.pdf</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="385" />
            <source>成员分工表</source>
            <translation>Members' duties</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="386" />
            <source>领导小组分工表.pdf</source>
            <translation>Leadership group duties.pdf</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="74" />
            <source>修改记录</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="77" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="78" />
            <source>操作人</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="79" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="80" />
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="81" />
            <source>原内容</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="82" />
            <source>新内容</source>
            <translation>After</translation>
        </message>
    </context>
    <context>
        <name>ImportCasesDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="14" />
            <source>导入信访台账（Excel）</source>
            <translation>Import petition ledger (Excel)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="35" />
            <source>检查通过：{n} 行都可以导入，其中办结 {closed} 件（办结日期不详 {unknown} 件），重信重访 {repeats} 件。</source>
            <translation>Check passed: all {n} rows can be imported, {closed} of them closed ({unknown} without a closing date), {repeats} repeat petitions.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="45" />
            <source>已导入 {n} 件信访事项。</source>
            <translation>Imported {n} petition cases.</translation>
        </message>
    </context>
    <context>
        <name>ImportProgress</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/import_progress.py" line="33" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ImportVisitsDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/import_dialog.py" line="15" />
            <source>导入旧来访登记表（Excel）</source>
            <translation>Import old visit register (Excel)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/import_dialog.py" line="40" />
            <source>检查通过：{n} 行都可以导入。前几行：{sample}</source>
            <translation>Check passed: all {n} rows can be imported. First rows: {sample}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/import_dialog.py" line="45" />
            <source>已导入 {n} 条来访登记。</source>
            <translation>Imported {n} visits.</translation>
        </message>
    </context>
    <context>
        <name>LeadershipPage</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/page.py" line="25" />
            <source>领导小组</source>
            <translation>Leadership group</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/page.py" line="26" />
            <source>包组摸排</source>
            <translation>Group screening</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/page.py" line="27" />
            <source>下访</source>
            <translation>Outreach visits</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/page.py" line="28" />
            <source>矛盾纠纷</source>
            <translation>Disputes</translation>
        </message>
    </context>
    <context>
        <name>LeadershipPanel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/home_panel.py" line="22" />
            <source>矛盾纠纷与包组摸排</source>
            <translation>Disputes and group screening</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/home_panel.py" line="37" />
            <source>逾期纠纷：{matter}（时限 {day}，责任人 {name}）</source>
            <translation>Overdue dispute: {matter} (due {day}, responsible: {name})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/home_panel.py" line="46" />
            <source>逾期跟进：{group} {day} 摸排发现（{name}，期限 {due}）</source>
            <translation>Overdue follow-up: {group} screening finding of {day} ({name}, due {due})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/home_panel.py" line="55" />
            <source>逾期跟进：下访“{who}”（{name}，期限 {due}）</source>
            <translation>Overdue follow-up: outreach visit “{who}” ({name}, due {due})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/home_panel.py" line="70" />
            <source>未按期摸排：{groups}</source>
            <translation>Screening not done on time: {groups}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/home_panel.py" line="76" />
            <source>没有逾期的纠纷和跟进，各组均按期摸排。</source>
            <translation>No overdue disputes or follow-ups; every group was screened on time.</translation>
        </message>
    </context>
    <context>
        <name>LeftDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="46" />
            <source>离岗：{name}</source>
            <translation>Leaving: {name}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="48" />
            <source>离岗日期*</source>
            <translation>Left on*</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="51" />
            <source>信访台账</source>
            <translation>Petition Records</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="60" />
            <source>F6：到这里，再用上下方向键选择</source>
            <translation>F6: come here, then choose with the arrow keys</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="63" />
            <source>正在打开数据库…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="81" />
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="85" />
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="307" />
            <source>退出登录</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="99" />
            <source>关于</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="163" />
            <source>首页</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="165" />
            <source>来访登记</source>
            <translation>Visit register</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="167" />
            <source>信访事项</source>
            <translation>Petition cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="174" />
            <source>领导小组</source>
            <translation>Leadership group</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="177" />
            <source>人员</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="186" />
            <source>值班</source>
            <translation>Duty</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="193" />
            <source>统计</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="197" />
            <source>例会</source>
            <translation>Weekly meetings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="202" />
            <source>年度工作</source>
            <translation>Year's work</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="205" />
            <source>用户管理</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="207" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="209" />
            <source>数据备份</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="212" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="257" />
            <source>数据库：{w}</source>
            <translation>Database: {w}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="259" />
            <source>{name}（{role}）</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="278" />
            <source>欢迎使用信访台账。请先填写单位名称，再开始来访登记。</source>
            <translation>Welcome to Petition Records. Please enter the unit's name first, then start registering visits.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="302" />
            <source>以下内容还没有保存：
{items}

{leaving}将放弃这些内容。确定吗？</source>
            <translation>These are not saved yet:
{items}

{leaving} discards them. Are you sure?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="304" />
            <source>未保存的内容</source>
            <translation>Unsaved typing</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="328" />
            <source>关闭窗口</source>
            <translation>Closing the window</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="351" />
            <source>密码已修改</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="483" />
            <source>未设置单位</source>
            <translation>Unit not set</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="484" />
            <source>信访台账 — {unit}</source>
            <translation>Petition Records — {unit}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/main_window.py" line="505" />
            <source>在场来访：{batches} 批 {persons} 人</source>
            <translation>Visitors on site: {batches} batches, {persons} people</translation>
        </message>
    </context>
    <context>
        <name>MeetingForm</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="122" />
            <source>会议日期</source>
            <translation>Meeting date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="128" />
            <source>不是领导小组成员的与会人员</source>
            <translation>Attendees who are not leadership group members</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="138" />
            <source>列席</source>
            <translation>Also present</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="141" />
            <source>本周数据</source>
            <translation>This week's figures</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="155" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="155" />
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="474" />
            <source>出席</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="155" />
            <source>缺席原因</source>
            <translation>Reason for absence</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="220" />
            <source>落实事项</source>
            <translation>Action items</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="175" />
            <source>添加落实事项</source>
            <translation>Add action item</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="177" />
            <source>删除所选事项 (Del)</source>
            <translation>Delete selected item (Del)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="183" />
            <source>本周无新问题</source>
            <translation>No new issues this week</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="185" />
            <source>讨论情况和决定事项填为“本周无新问题”，并清空落实事项</source>
            <translation>Fill discussion and decisions with “No new issues this week” and clear the action items</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="188" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="190" />
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="552" />
            <source>定稿</source>
            <translation>Finalize</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="191" />
            <source>保存并定稿，交校长审签</source>
            <translation>Save, finalize and send to the principal for sign-off</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="193" />
            <source>打印纪要</source>
            <translation>Print minutes</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="211" />
            <source>出席情况</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="213" />
            <source>议程</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="215" />
            <source>讨论情况</source>
            <translation>Discussion</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="217" />
            <source>决定事项</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="263" />
            <source>审签与补充说明</source>
            <translation>Sign-off and addenda</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="273" />
            <source>纪要已审签，不能修改；更正或补充请写在这里</source>
            <translation>The minutes are signed off and cannot change; write corrections or additions here</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="275" />
            <source>追加补充说明</source>
            <translation>Add addendum</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="288" />
            <source>校长审签</source>
            <translation>Principal's sign-off</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="292" />
            <source>审阅意见（可不填）</source>
            <translation>Review comment (optional)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="294" />
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="557" />
            <source>审签</source>
            <translation>Sign off</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="311" />
            <source>从左侧选择一份例会记录。</source>
            <translation>Choose a meeting record on the left.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="387" />
            <source>新建例会记录（尚未保存）</source>
            <translation>New meeting record (not saved yet)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="390" />
            <source>例会记录 {day} · {status} · 记录人 {who}</source>
            <translation>Meeting record {day} · {status} · recorded by {who}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="412" />
            <source>审阅意见：{comment}
审签人：{who}    审签时间：{when}</source>
            <translation>Review comment: {comment}
Signed off by: {who}    at: {when}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="413" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="420" />
            <source>补充说明（{when}，{who}）：{text}</source>
            <translation>Addendum ({when}, {who}): {text}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="427" />
            <source>暂无补充说明。</source>
            <translation>No addenda yet.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="460" />
            <source>本次例会统计的一周（{period}）</source>
            <translation>The week this meeting reports on ({period})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="478" />
            <source>缺席时写明原因</source>
            <translation>Give a reason for an absence</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="545" />
            <source>已保存。</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="551" />
            <source>定稿后纪要不能再修改，只能追加补充说明。确定定稿并交校长审签吗？</source>
            <translation>Once finalized, the minutes cannot change; only addenda can be added. Finalize and send to the principal for sign-off?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="556" />
            <source>审签后纪要即归档，不能撤回。确定审签吗？</source>
            <translation>Signed-off minutes are archived and cannot be withdrawn. Sign off?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="572" />
            <source>已保存，但没有定稿：</source>
            <translation>Saved, but not finalized:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="574" />
            <source>已定稿，等待校长审签。</source>
            <translation>Finalized; waiting for the principal's sign-off.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="593" />
            <source>已审签。</source>
            <translation>Signed off.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="608" />
            <source>已追加补充说明。</source>
            <translation>Addendum added.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="640" />
            <source>这份纪要刚被别人修改过，您的修改没有保存。填写的内容仍在：请复制需要保留的文字，再从左侧重新打开这份纪要。</source>
            <translation>Someone else has just changed these minutes, so your changes were not saved. Your typing is still here: copy what you want to keep, then reopen the minutes from the left.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="679" />
            <source>没有保存：有 {n} 处需要修改，见下方红字。</source>
            <translation>Not saved: {n} places need correcting; see the red text below.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="694" />
            <source>{name}：{message}</source>
            <translation>{name}: {message}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="700" />
            <source>第{n}项：</source>
            <translation>Item {n}:</translation>
        </message>
    </context>
    <context>
        <name>MeetingReviewPanel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/home_panel.py" line="24" />
            <source>例会</source>
            <translation>Weekly meetings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/home_panel.py" line="31" />
            <source>打开例会 →</source>
            <translation>Open weekly meetings →</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/home_panel.py" line="54" />
            <source>待审签例会记录 {n} 份：{days}{more}</source>
            <translation>{n} meeting records awaiting sign-off: {days}{more}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/home_panel.py" line="59" />
            <source>没有待审签的例会记录。</source>
            <translation>No meeting records await sign-off.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/home_panel.py" line="68" />
            <source>本周（{day} 周一）的例会记录尚未建立。</source>
            <translation>This week's meeting record (Monday {day}) has not been created yet.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="90" />
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="137" />
            <source>会议日期</source>
            <translation>Meeting date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="90" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="90" />
            <source>审签人</source>
            <translation>Signed off by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="97" />
            <source>新建例会记录</source>
            <translation>New meeting record</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="104" />
            <source>打印季度汇编</source>
            <translation>Print quarterly collection</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="108" />
            <source>含未审签记录</source>
            <translation>Include records not signed off</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="114" />
            <source>例会“信访工作情况”统计哪一周</source>
            <translation>Which week the meeting's petition work figures cover</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="132" />
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="307" />
            <source>例会记录</source>
            <translation>Meeting records</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="137" />
            <source>记录人</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="143" />
            <source>待审签</source>
            <translation>Awaiting sign-off</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="146" />
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="233" />
            <source>例会</source>
            <translation>Weekly meetings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="197" />
            <source>待审签（{n}）</source>
            <translation>Awaiting sign-off ({n})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="211" />
            <source>这份纪要已在别处更新（现为{status}），保存前请先复制您填写的内容。</source>
            <translation>These minutes were updated elsewhere (now {status}); copy your typing before saving.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="218" />
            <source>例会纪要</source>
            <translation>Meeting minutes</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="218" />
            <source>审签意见</source>
            <translation>Sign-off comment</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="220" />
            <source>{what}（{day}）的修改</source>
            <translation>Changes to {what} ({day})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="234" />
            <source>当前纪要有未保存的修改，打开其他记录将放弃这些修改。是否继续？</source>
            <translation>These minutes have unsaved changes; opening another record discards them. Continue?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="258" />
            <source>{day} 已有一份例会记录，可在左侧打开；继续保存将另建一份。</source>
            <translation>There is already a meeting record for {day} (open it on the left); saving creates another one.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="330" />
            <source>例会统计周已改为：{w}</source>
            <translation>Meeting statistics week changed to: {w}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="342" />
            <source>例会记录汇编</source>
            <translation>Meeting records collection</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="347" />
            <source>正在生成{t}…</source>
            <translation>Generating {t}…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="355" />
            <source>打印失败：{e}</source>
            <translation>Printing failed: {e}</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="88" />
            <source>调整职务或分工</source>
            <translation>Change role or duties</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="88" />
            <source>添加成员</source>
            <translation>Add member</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="91" />
            <source>成员*</source>
            <translation>Member*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="92" />
            <source>小组职务*</source>
            <translation>Group role*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="95" />
            <source>分工</source>
            <translation>Duties</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="98" />
            <source>变动日期*</source>
            <translation>Changed on*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="98" />
            <source>加入日期</source>
            <translation>Joined on</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="109" />
            <source>空着表示自成立之日起</source>
            <translation>Blank means from the day the group was formed</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="115" />
            <source>化解进展</source>
            <translation>Resolution progress</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="117" />
            <source>日期*</source>
            <translation>Date*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="118" />
            <source>进展情况*</source>
            <translation>Progress*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="120" />
            <source>已化解（以此日期为化解日期）</source>
            <translation>Resolved (this date is the resolution date)</translation>
        </message>
    </context>
    <context>
        <name>OnSiteBoard</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="102" />
            <source>在场来访</source>
            <translation>Visitors on site</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="108" />
            <source>现在没有在场的来访人。</source>
            <translation>No visitors are on site now.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="111" />
            <source>登记离开 (F8)</source>
            <translation>Record departure (F8)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="133" />
            <source>{h} 小时 {m} 分</source>
            <translation>{h} h {m} min</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="135" />
            <source>{m} 分钟</source>
            <translation>{m} min</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="176" />
            <source>{name} 已于 {time} 离开</source>
            <translation>{name} left at {time}</translation>
        </message>
    </context>
    <context>
        <name>OpenReportsPanel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/home_panels.py" line="21" />
            <source>信息报送（待终报）</source>
            <translation>Information reports (final report pending)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/home_panels.py" line="25" />
            <source>打开信息报送</source>
            <translation>Open information reports</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/home_panels.py" line="33" />
            <source>{d} {t}（续报 {n} 次）</source>
            <translation>{d} {t} ({n} follow-up reports)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/home_panels.py" line="39" />
            <source>等 {n} 件</source>
            <translation>and {n} more</translation>
        </message>
    </context>
    <context>
        <name>OutreachDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="50" />
            <source>登记下访</source>
            <translation>Register outreach visit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="53" />
            <source>下访日期*</source>
            <translation>Visit date*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="56" />
            <source>下访领导*</source>
            <translation>Visiting leader*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="58" />
            <source>下访对象*</source>
            <translation>Visited*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="59" />
            <source>例如：三年级留守儿童家庭</source>
            <translation>e.g. families of left-behind children in Grade 3</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="60" />
            <source>反映事项*</source>
            <translation>Matters raised*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="61" />
            <source>处理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="62" />
            <source>后续跟进</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="68" />
            <source>跟进责任人</source>
            <translation>Follow-up by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="69" />
            <source>（不需要跟进）</source>
            <translation>(no follow-up needed)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="71" />
            <source>跟进期限</source>
            <translation>Follow-up due</translation>
        </message>
    </context>
    <context>
        <name>OutreachTab</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="107" />
            <source>下访日期</source>
            <translation>Visit date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="108" />
            <source>下访领导</source>
            <translation>Visiting leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="109" />
            <source>下访对象</source>
            <translation>Visited</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="110" />
            <source>反映事项</source>
            <translation>Matters raised</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="111" />
            <source>处理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="112" />
            <source>跟进</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="118" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="119" />
            <source>小组职务</source>
            <translation>Group role</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="120" />
            <source>本月下访</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="121" />
            <source>最近一次</source>
            <translation>Latest</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="122" />
            <source>情况</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="125" />
            <source>登记下访…</source>
            <translation>Register outreach visit…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="127" />
            <source>跟进完成</source>
            <translation>Follow-up done</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="129" />
            <source>打印本月下访记录</source>
            <translation>Print this month's outreach visits</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="131" />
            <source>打印下访情况</source>
            <translation>Print outreach summary</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="137" />
            <source>月份：</source>
            <translation>Month:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="139" />
            <source>年</source>
            <translation>year</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="141" />
            <source>月</source>
            <translation>month</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="143" />
            <source>下访记录</source>
            <translation>Outreach visits</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="152" />
            <source>每月下访一次：领导小组成员完成情况</source>
            <translation>One outreach visit a month: leadership group members</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="204" />
            <source>（已完成）</source>
            <translation>(done)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="221" />
            <source>已完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="221" />
            <source>未下访</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="230" />
            <source>本月未下访：{names}</source>
            <translation>No outreach visit this month: {names}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="232" />
            <source>本月领导小组成员均已下访</source>
            <translation>Every leadership group member made an outreach visit this month</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="264" />
            <source>已登记下访</source>
            <translation>Outreach visit registered</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="269" />
            <source>请先选中一条下访记录</source>
            <translation>Please select an outreach visit first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="285" />
            <source>跟进已完成</source>
            <translation>Follow-up completed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="295" />
            <source>领导干部下访记录表</source>
            <translation>Leaders' outreach visit record</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="296" />
            <source>下访记录{m}.pdf</source>
            <translation>Outreach visits {m}.pdf</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="306" />
            <source>每月下访情况</source>
            <translation>Monthly outreach visits</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="307" />
            <source>下访情况{m}.pdf</source>
            <translation>Outreach summary {m}.pdf</translation>
        </message>
    </context>
    <context>
        <name>OwnerSupervisionPanel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="60" />
            <source>领导包案督办</source>
            <translation>Case owners' supervision</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="63" />
            <source>没有办理中的信访事项</source>
            <translation>No open petition cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="75" />
            <source>{owner}：办理中 {open} 件，逾期 {late} 件，超过 60 天 {long} 件</source>
            <translation>{owner}: {open} open, {late} overdue, {long} over 60 days</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="47" />
            <source>上一页 (PgUp)</source>
            <translation>Previous page (PgUp)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="49" />
            <source>下一页 (PgDn)</source>
            <translation>Next page (PgDn)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="51" />
            <source>缩小 (Ctrl+-)</source>
            <translation>Zoom out (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="53" />
            <source>放大 (Ctrl++)</source>
            <translation>Zoom in (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="55" />
            <source>适合宽度</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="64" />
            <source>打印… (Ctrl+P)</source>
            <translation>Print… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="66" />
            <source>另存为 PDF… (Ctrl+S)</source>
            <translation>Save as PDF… (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="68" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="108" />
            <source>第 {page} / {pages} 页</source>
            <translation>Page {page} / {pages}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="118" />
            <source>另存为 PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="118" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="126" />
            <source>保存失败</source>
            <translation>Saving failed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="126" />
            <source>无法写入文件：{e}</source>
            <translation>Cannot write the file: {e}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="129" />
            <source>已保存到 {path}</source>
            <translation>Saved to {path}</translation>
        </message>
    </context>
    <context>
        <name>PendingFindingsPanel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="102" />
            <source>摸排发现待转信访事项</source>
            <translation>Screening findings to turn into petition cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="109" />
            <source>没有待转的摸排发现</source>
            <translation>No screening findings waiting</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="120" />
            <source>{day} {group}：{text}（{who}申请转）</source>
            <translation>{day} {group}: {text} (requested by {who})</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="71" />
            <source>显示已离岗人员</source>
            <translation>Show people who have left</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="76" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="77" />
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="102" />
            <source>职务</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="78" />
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="103" />
            <source>部门</source>
            <translation>Office</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="79" />
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="104" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="80" />
            <source>校级领导</source>
            <translation>School leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="81" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="82" />
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="106" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="92" />
            <source>校级领导（可任领导小组成员、包组、带班）</source>
            <translation>School leader (may sit on the leadership group, screen groups, lead duty)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="101" />
            <source>姓名*</source>
            <translation>Name*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="107" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="110" />
            <source>新增</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="112" />
            <source>离岗…</source>
            <translation>Leaving…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="114" />
            <source>人员信息</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="124" />
            <source>从 Excel 导入…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="126" />
            <source>导出 Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="128" />
            <source>打印名册</source>
            <translation>Print roster</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="174" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="175" />
            <source>{d} 离岗</source>
            <translation>Left {d}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="177" />
            <source>在岗</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="245" />
            <source>已保存 {name}</source>
            <translation>Saved {name}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="250" />
            <source>请先在表中选中一位在岗人员</source>
            <translation>Please select an active person in the table first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="257" />
            <source>{name} 已离岗，原有记录保留</source>
            <translation>{name} has left; their records are kept</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="277" />
            <source>操作失败：{e}</source>
            <translation>The operation failed: {e}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="290" />
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="300" />
            <source>导入人员</source>
            <translation>Import people</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="290" />
            <source>Excel 文件 (*.xlsx *.xls)</source>
            <translation>Excel files (*.xlsx *.xls)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="297" />
            <source>检查通过：将新增 {a} 人，更新 {u} 人。现在导入吗？</source>
            <translation>Check passed: {a} people will be added and {u} updated. Import now?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="301" />
            <source>已取消导入，没有保存任何一行。</source>
            <translation>Import cancelled; no row was saved.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="322" />
            <source>正在检查…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="327" />
            <source>Excel 文件 (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="313" />
            <source>导入完成：新增 {a} 人，更新 {u} 人</source>
            <translation>Import finished: {a} added, {u} updated</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="306" />
            <source>正在导入…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="327" />
            <source>导出人员</source>
            <translation>Export people</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="335" />
            <source>已导出 {n} 人：{p}</source>
            <translation>Exported {n} people: {p}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="337" />
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="347" />
            <source>教职工名册</source>
            <translation>Staff roster</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="348" />
            <source>教职工名册.pdf</source>
            <translation>Staff roster.pdf</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/common.py" line="79" />
            <source>（请选择）</source>
            <translation>(please choose)</translation>
        </message>
    </context>
    <context>
        <name>PlanItemDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="608" />
            <source>修改计划项目</source>
            <translation>Edit plan item</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="608" />
            <source>新增计划项目</source>
            <translation>New plan item</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="611" />
            <source>目标*</source>
            <translation>Goal*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="613" />
            <source>措施</source>
            <translation>Measures</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="620" />
            <source>责任领导</source>
            <translation>Leader in charge</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="621" />
            <source>（不指定）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="625" />
            <source>责任部门</source>
            <translation>Office in charge</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="626" />
            <source>时间节点</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="627" />
            <source>例如：每周一、每月、3月底前</source>
            <translation>e.g. every Monday, monthly, by the end of March</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="628" />
            <source>检查方式</source>
            <translation>How it is checked</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="632" />
            <source>目标数值</source>
            <translation>Target value</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="633" />
            <source>摸排间隔天数，或按期办结率目标（%）</source>
            <translation>Days between screenings, or the on-time closure rate target (%)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="636" />
            <source>完成期限</source>
            <translation>Due</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="679" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="680" />
            <source>目标</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="681" />
            <source>责任领导</source>
            <translation>Leader in charge</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="682" />
            <source>责任部门</source>
            <translation>Office in charge</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="683" />
            <source>时间节点</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="684" />
            <source>检查方式</source>
            <translation>How it is checked</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="685" />
            <source>落实情况</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="686" />
            <source>依据</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="689" />
            <source>新建本年计划…</source>
            <translation>New plan for this year…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="691" />
            <source>复制上年计划</source>
            <translation>Copy last year's plan</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="693" />
            <source>新增项目…</source>
            <translation>New item…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="695" />
            <source>修改…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="697" />
            <source>勾选完成</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="699" />
            <source>打印计划及落实情况</source>
            <translation>Print plan and progress</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="701" />
            <source>导出 Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="712" />
            <source>年度：</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="744" />
            <source>{y}年还没有工作计划</source>
            <translation>No work plan for {y} yet</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="781" />
            <source>新建工作计划</source>
            <translation>New work plan</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="781" />
            <source>计划名称：</source>
            <translation>Plan title:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="786" />
            <source>{y}年信访工作计划</source>
            <translation>Petition work plan {y}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="792" />
            <source>已新建工作计划，请新增项目</source>
            <translation>Work plan created; please add its items</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="802" />
            <source>已复制{y}年的计划</source>
            <translation>Copied the plan of {y}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="819" />
            <source>已保存</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="827" />
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="834" />
            <source>请先选中一项</source>
            <translation>Please select an item first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="843" />
            <source>已勾选完成</source>
            <translation>Marked done</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="848" />
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="885" />
            <source>这一年还没有工作计划</source>
            <translation>This year has no work plan yet</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="852" />
            <source>导出工作计划</source>
            <translation>Export work plan</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="852" />
            <source>{y}年信访工作计划.xlsx</source>
            <translation>Petition work plan {y}.xlsx</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="853" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="871" />
            <source>已保存到 {p}</source>
            <translation>Saved to {p}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="876" />
            <source>无法写入文件 {p}：{e}</source>
            <translation>Cannot write the file {p}: {e}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="897" />
            <source>信访工作计划及落实情况</source>
            <translation>Petition work plan and progress</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="898" />
            <source>{y}年信访工作计划.pdf</source>
            <translation>Petition work plan {y}.pdf</translation>
        </message>
    </context>
    <context>
        <name>PostOrderBox</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/post_order_box.py" line="34" />
            <source>名单排序</source>
            <translation>List order</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/post_order_box.py" line="39" />
            <source>如：校长、书记、副校长、主任、副主任、组长、教师</source>
            <translation>e.g. 校长, 书记, 副校长, 主任, 副主任, 组长, 教师</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/post_order_box.py" line="41" />
            <source>保存排序</source>
            <translation>Save order</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/post_order_box.py" line="44" />
            <source>职务顺序</source>
            <translation>Order of posts</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/post_order_box.py" line="49" />
            <source>人员名单、领导小组名单按此顺序排列，同职务按姓氏笔画；“办公室主任”归入“主任”，没列出的职务排在最后。</source>
            <translation>Staff and leadership group lists follow this order, people of the same post by surname strokes; “办公室主任” counts as “主任”, and posts not listed come last.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/post_order_box.py" line="82" />
            <source>名单排序已保存。</source>
            <translation>List order saved.</translation>
        </message>
    </context>
    <context>
        <name>Printer</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/common.py" line="277" />
            <source>正在生成{t}…</source>
            <translation>Generating {t}…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/common.py" line="291" />
            <source>生成失败：{e}</source>
            <translation>Generating failed: {e}</translation>
        </message>
    </context>
    <context>
        <name>ReceptionDayDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="904" />
            <source>安排领导接访日</source>
            <translation>Schedule a leaders' reception day</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="906" />
            <source>日期*</source>
            <translation>Date*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="907" />
            <source>时间*</source>
            <translation>Time*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="908" />
            <source>至*</source>
            <translation>To*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="909" />
            <source>地点*</source>
            <translation>Place*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="910" />
            <source>接访领导*</source>
            <translation>Receiving leader*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="911" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>ReceptionTab</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="978" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="978" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="978" />
            <source>接访领导</source>
            <translation>Receiving leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="978" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="979" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="982" />
            <source>约访时间</source>
            <translation>Appointment time</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="982" />
            <source>接待领导</source>
            <translation>Receiving leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="982" />
            <source>约访人</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="982" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="983" />
            <source>事项</source>
            <translation>Matter</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="983" />
            <source>信访事项</source>
            <translation>Petition cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="983" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="985" />
            <source>安排接访日…</source>
            <translation>Schedule reception day…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="987" />
            <source>约访…</source>
            <translation>Make appointment…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="989" />
            <source>取消约访</source>
            <translation>Cancel appointment</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="991" />
            <source>打印本周接访安排</source>
            <translation>Print this week's receptions</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="998" />
            <source>领导接访日（公开接访）</source>
            <translation>Leaders' reception days (open to the public)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1006" />
            <source>约访</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1069" />
            <source>还没有校级领导，请先在“人员”中添加</source>
            <translation>There are no school leaders yet; add them under “People” first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1077" />
            <source>已安排领导接访日</source>
            <translation>Reception day scheduled</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1080" />
            <source>已约访；当天门卫会看到这位来访人</source>
            <translation>Appointment made; the gate will see this visitor on the day</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1086" />
            <source>请先选中一个约访</source>
            <translation>Please select an appointment first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1096" />
            <source>已取消约访</source>
            <translation>Appointment cancelled</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1109" />
            <source>领导接访安排</source>
            <translation>Leaders' reception schedule</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1109" />
            <source>领导接访安排{d}.pdf</source>
            <translation>Reception schedule {d}.pdf</translation>
        </message>
    </context>
    <context>
        <name>RemoveMemberDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="138" />
            <source>移出领导小组：{name}</source>
            <translation>Remove from the leadership group: {name}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="141" />
            <source>移出日期*</source>
            <translation>Removed on*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="143" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="144" />
            <source>例如：工作调动</source>
            <translation>e.g. transferred</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="331" />
            <source>信息报送：首报</source>
            <translation>Information report: first report</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="334" />
            <source>标题*</source>
            <translation>Title*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="336" />
            <source>事件类别</source>
            <translation>Incident type</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="344" />
            <source>发生时间*</source>
            <translation>Happened at*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="347" />
            <source>报送时间*</source>
            <translation>Reported at*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="349" />
            <source>报送对象*</source>
            <translation>Reported to*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="350" />
            <source>例如：区教育局信访办</source>
            <translation>e.g. the district education bureau's petition office</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="351" />
            <source>报送方式*</source>
            <translation>Reported by means of*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="353" />
            <source>报送人*</source>
            <translation>Reported by*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="354" />
            <source>事件经过*</source>
            <translation>What happened*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="355" />
            <source>涉及人员</source>
            <translation>People involved</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="356" />
            <source>已采取的措施</source>
            <translation>Measures taken</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="417" />
            <source>只看未终报的</source>
            <translation>Without final report only</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="422" />
            <source>发生时间</source>
            <translation>Happened at</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="423" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="424" />
            <source>报送对象</source>
            <translation>Reported to</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="425" />
            <source>报送用时</source>
            <translation>Time to report</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="426" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="427" />
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="512" />
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="542" />
            <source>续报</source>
            <translation>Follow-up report</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="433" />
            <source>首报…</source>
            <translation>First report…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="435" />
            <source>续报/终报…</source>
            <translation>Follow-up / final report…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="437" />
            <source>打印信息报送单</source>
            <translation>Print information report</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="439" />
            <source>打开应急预案</source>
            <translation>Open emergency plan</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="441" />
            <source>保存应急预案…</source>
            <translation>Save emergency plan…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="485" />
            <source>（超时）</source>
            <translation>(late)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="506" />
            <source>事件类别：{t}</source>
            <translation>Incident type: {t}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="507" />
            <source>事件经过：{t}</source>
            <translation>What happened: {t}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="508" />
            <source>涉及人员：{t}</source>
            <translation>People involved: {t}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="509" />
            <source>已采取的措施：{t}</source>
            <translation>Measures taken: {t}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="512" />
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="542" />
            <source>终报</source>
            <translation>Final report</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="521" />
            <source>，已超过报送时限</source>
            <translation>, past the reporting time limit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="524" />
            <source>已记录首报，报送用时 {d}{late}</source>
            <translation>First report recorded; reported in {d}{late}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="533" />
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="554" />
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="589" />
            <source>请先选中一份信息报送</source>
            <translation>Please select an information report first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="541" />
            <source>已{k}</source>
            <translation>{k} recorded</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="565" />
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="569" />
            <source>保存应急预案</source>
            <translation>Save emergency plan</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="565" />
            <source>事件类别（如 校门口聚集）：</source>
            <translation>Incident type (e.g. gathering at the school gate):</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="569" />
            <source>预案名称：</source>
            <translation>Plan name:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="573" />
            <source>选择应急预案文件</source>
            <translation>Choose the emergency plan file</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="573" />
            <source>文档 (*.docx *.doc *.pdf *.wps *.txt)</source>
            <translation>Documents (*.docx *.doc *.pdf *.wps *.txt)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="583" />
            <source>已保存“{k}”的应急预案：{t}</source>
            <translation>Saved the emergency plan for "{k}": {t}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="600" />
            <source>信息报送单</source>
            <translation>Information report</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="600" />
            <source>信息报送单{n}.pdf</source>
            <translation>Information report {n}.pdf</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="97" />
            <source>重置密码：{name}</source>
            <translation>Reset password: {name}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="99" />
            <source>设置一个临时密码告诉本人；本人下次登录时必须改掉它。</source>
            <translation>Set a temporary password and tell the person; they must change it at the next sign-in.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="103" />
            <source>临时密码</source>
            <translation>Temporary password</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="104" />
            <source>确认密码</source>
            <translation>Confirm password</translation>
        </message>
    </context>
    <context>
        <name>RotaPage</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="77" />
            <source>生成值班表…</source>
            <translation>Generate duty rota…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="78" />
            <source>更换人员…</source>
            <translation>Change person…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="79" />
            <source>调班（交换两格）</source>
            <translation>Swap (two cells)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="80" />
            <source>发布</source>
            <translation>Publish</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="81" />
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="495" />
            <source>删除草稿</source>
            <translation>Delete draft</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="82" />
            <source>值班记录…</source>
            <translation>Duty log…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="83" />
            <source>值班设置…</source>
            <translation>Duty settings…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="84" />
            <source>打印月表</source>
            <translation>Print month</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="85" />
            <source>打印周表</source>
            <translation>Print week</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="86" />
            <source>打印本表（节假日）</source>
            <translation>Print this rota (holiday)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="87" />
            <source>打印个人值班</source>
            <translation>Print personal duties</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="88" />
            <source>导出 Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="91" />
            <source>值班表</source>
            <translation>Duty rota</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="144" />
            <source>公平性（每人值班次数）</source>
            <translation>Fairness (shifts per person)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="147" />
            <source>发布后的调整</source>
            <translation>Changes after publishing</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="182" />
            <source>已发布第{n}版</source>
            <translation>Published version {n}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="184" />
            <source>草稿</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="248" />
            <source>还没有值班表，点“生成值班表…”开始。</source>
            <translation>No duty rota yet; click “Generate duty rota…” to start.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="256" />
            <source>{role}最多与最少相差 {n} 次</source>
            <translation>{role}: most and fewest differ by {n}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="262" />
            <source>{day} {shift} {role}：{before} → {after}</source>
            <translation>{day} {shift} {role}: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="266" />
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="267" />
            <source>空缺</source>
            <translation>Vacant</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="271" />
            <source>{start} 至 {end}，共 {n} 班</source>
            <translation>{start} to {end}, {n} shifts</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="275" />
            <source>；{n} 个位置无人值班（红色）</source>
            <translation>; {n} slots unstaffed (red)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="277" />
            <source>；{n} 处安排的人员在请假/出差（橙色），请调整</source>
            <translation>; {n} slots have someone on leave / away (orange), please adjust</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="311" />
            <source>正在生成值班表…</source>
            <translation>Generating the duty rota…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="322" />
            <source>已生成“{name}”（草稿）</source>
            <translation>Generated “{name}” (draft)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="325" />
            <source>有 {n} 个位置排不上人（人手不足或都在请假），请手工安排</source>
            <translation>{n} slots could not be filled (too few people or all on leave); please fill them by hand</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="363" />
            <source>请先在表中选中一个值班位置（一格）。</source>
            <translation>Please select a duty slot (one cell) in the table first.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="377" />
            <source>{label}（不在名单）</source>
            <translation>{label} (not on the list)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="380" />
            <source>{day}（{weekday}）{shift} {start}–{end}</source>
            <translation>{day} ({weekday}) {shift} {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="391" />
            <source>更换{role}：{where}</source>
            <translation>Replace {role}: {where}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="415" />
            <source>调班：请按住 Ctrl 在表中选中要互换的两格。</source>
            <translation>Swap: hold Ctrl and select the two cells to exchange.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="436" />
            <source>不能这样安排：{t}</source>
            <translation>This cannot be arranged: {t}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="438" />
            <source>这样安排会打破排班规则：
{t}
仍要这样安排吗？</source>
            <translation>This breaks the rota rules:
{t}
Arrange it anyway?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="439" />
            <source>排班规则</source>
            <translation>Rota rules</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="450" />
            <source>已保存</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="459" />
            <source>发布后值班表即生效，之后的调整都会作为变更列出并在打印时注明，不能撤回。
确定发布“{name}”吗？</source>
            <translation>Once published the rota is in force; later changes are listed and noted on prints, and publishing cannot be undone.
Publish “{name}”?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="461" />
            <source>发布值班表</source>
            <translation>Publish duty rota</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="481" />
            <source>已发布第 {n} 版；之后的调整会在右侧列出并在打印时注明</source>
            <translation>Published version {n}; later changes are listed on the right and noted on prints</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="495" />
            <source>删除草稿“{name}”？</source>
            <translation>Delete the draft “{name}”?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="505" />
            <source>草稿已删除</source>
            <translation>Draft deleted</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="513" />
            <source>请先在表中选中一个班次。</source>
            <translation>Please select a shift in the table first.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="541" />
            <source>{y}年{m}月值班表</source>
            <translation>Duty rota {y}-{m}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="552" />
            <source>周值班表</source>
            <translation>Weekly duty rota</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="575" />
            <source>请先在表中选中此人值班的一格。</source>
            <translation>Please select a cell where this person is on duty first.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="587" />
            <source>{name}的值班安排</source>
            <translation>Duties of {name}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="613" />
            <source>导出值班表</source>
            <translation>Export duty rota</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="613" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="626" />
            <source>已导出：{p}</source>
            <translation>Exported: {p}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="649" />
            <source>操作失败：{e}</source>
            <translation>The operation failed: {e}</translation>
        </message>
    </context>
    <context>
        <name>RotaSettingsBox</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="57" />
            <source>值班设置</source>
            <translation>Duty settings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="60" />
            <source>轮值名单、班次、规则、敏感日、请假…</source>
            <translation>Rotation lists, shifts, rules, sensitive days, leave…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="63" />
            <source>带班领导、值班人员、门卫的轮值名单和排班规则</source>
            <translation>Rotation lists and rules for leaders on duty, duty staff and gate staff</translation>
        </message>
    </context>
    <context>
        <name>RotaSettingsDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="73" />
            <source>值班设置</source>
            <translation>Duty settings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="79" />
            <source>轮值名单</source>
            <translation>Rotation lists</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="80" />
            <source>角色、班次与规则</source>
            <translation>Roles, shifts and rules</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="81" />
            <source>请假/出差</source>
            <translation>Leave / away</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="99" />
            <source>保存轮值名单</source>
            <translation>Save rotation lists</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="102" />
            <source>勾选参加轮值的人员；带班领导只列出校级领导。</source>
            <translation>Tick the people who take turns; leaders on duty lists school leaders only.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="112" />
            <source>角色名称</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="112" />
            <source>每班人数</source>
            <translation>People per shift</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="112" />
            <source>敏感日人数</source>
            <translation>People on sensitive days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="112" />
            <source>仅校级领导</source>
            <translation>School leaders only</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="117" />
            <source>班次名称</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="118" />
            <source>开始时间</source>
            <translation>Starts</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="119" />
            <source>时长（小时）</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="120" />
            <source>工作日排</source>
            <translation>On working days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="121" />
            <source>休息日/节假日排</source>
            <translation>On weekends / holidays</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="125" />
            <source>日期（2026-12-13）</source>
            <translation>Date (2026-12-13)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="125" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="130" />
            <source>添加角色</source>
            <translation>Add role</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="132" />
            <source>添加班次</source>
            <translation>Add shift</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="134" />
            <source>删除选中的角色</source>
            <translation>Delete selected role</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="136" />
            <source>删除选中的班次</source>
            <translation>Delete selected shift</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="138" />
            <source>添加敏感日</source>
            <translation>Add sensitive day</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="140" />
            <source>删除选中的敏感日</source>
            <translation>Delete selected sensitive day</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="148" />
            <source>不连续两晚值夜班</source>
            <translation>No two night shifts in a row</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="149" />
            <source> 小时</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="158" />
            <source>保存角色、班次与规则</source>
            <translation>Save roles, shifts and rules</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="169" />
            <source>两班之间至少休息</source>
            <translation>Minimum rest between shifts</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="171" />
            <source>敏感日（重要会议、纪念日）：全天值班并加强人手</source>
            <translation>Sensitive days (major meetings, anniversaries): all-day duty with more staff</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="199" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="199" />
            <source>开始</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="199" />
            <source>结束</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="199" />
            <source>事由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="211" />
            <source>病假、出差、培训…</source>
            <translation>Sick leave, business trip, training…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="218" />
            <source>人员</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="219" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="220" />
            <source>结束日期</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="221" />
            <source>事由*</source>
            <translation>Reason*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="222" />
            <source>登记</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="224" />
            <source>取消选中的请假</source>
            <translation>Cancel selected leave</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="356" />
            <source>有些内容需要修改，见红字提示。</source>
            <translation>Some entries need correcting; see the red text.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="378" />
            <source>轮值名单已保存</source>
            <translation>Rotation lists saved</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="452" />
            <source>角色、班次与规则已保存</source>
            <translation>Roles, shifts and rules saved</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="465" />
            <source>请选择人员</source>
            <translation>Please choose a person</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="482" />
            <source>已登记；已生成的值班表不会自动改动，请检查</source>
            <translation>Registered; rotas already generated do not change by themselves, please check them</translation>
        </message>
    </context>
    <context>
        <name>ScreeningDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="112" />
            <source>登记摸排</source>
            <translation>Register screening</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="115" />
            <source>摸排日期*</source>
            <translation>Screened on*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="117" />
            <source>组别*</source>
            <translation>Group*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="122" />
            <source>摸排人*</source>
            <translation>Screened by*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="125" />
            <source>无新问题</source>
            <translation>No new issues</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="127" />
            <source>发现的问题</source>
            <translation>Issues found</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="130" />
            <source>风险等级</source>
            <translation>Risk level</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="131" />
            <source>（请选择）</source>
            <translation>(please choose)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="136" />
            <source>跟进责任人</source>
            <translation>Follow-up by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="137" />
            <source>（不需要跟进）</source>
            <translation>(no follow-up needed)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="139" />
            <source>跟进期限</source>
            <translation>Follow-up due</translation>
        </message>
    </context>
    <context>
        <name>ScreeningSettingsBox</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="32" />
            <source>包组摸排：组别与摸排周期</source>
            <translation>Group screening: groups and interval</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="36" />
            <source> 天</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="37" />
            <source>每 </source>
            <translation>Every </translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="38" />
            <source>保存周期</source>
            <translation>Save interval</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="40" />
            <source>组名</source>
            <translation>Group name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="40" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="43" />
            <source>新组名，例如：科学组</source>
            <translation>New group name, e.g. Science group</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="48" />
            <source>添加组</source>
            <translation>Add group</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="50" />
            <source>停用选中的组</source>
            <translation>Retire selected group</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="52" />
            <source>从 Excel 导入组别…</source>
            <translation>Import groups from Excel…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="54" />
            <source>导出 Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="103" />
            <source>摸排周期已保存</source>
            <translation>Screening interval saved</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="116" />
            <source>已添加组</source>
            <translation>Group added</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="122" />
            <source>请先选中一个组</source>
            <translation>Please select a group first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="138" />
            <source>已停用{name}（原有记录保留）</source>
            <translation>Retired {name} (its records are kept)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="162" />
            <source>导入组别</source>
            <translation>Import groups</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="162" />
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="180" />
            <source>Excel 文件 (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="171" />
            <source>导入完成：新增 {a} 个组，更新 {u} 个组</source>
            <translation>Import finished: {a} groups added, {u} updated</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="180" />
            <source>导出组别</source>
            <translation>Export groups</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="180" />
            <source>包组摸排组别.xlsx</source>
            <translation>Screening groups.xlsx</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="188" />
            <source>已导出 {n} 个组：{p}</source>
            <translation>Exported {n} groups: {p}</translation>
        </message>
    </context>
    <context>
        <name>ScreeningTab</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="211" />
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="233" />
            <source>组别</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="212" />
            <source>负责领导</source>
            <translation>Responsible leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="213" />
            <source>最近摸排</source>
            <translation>Last screened</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="214" />
            <source>应摸排日期</source>
            <translation>Screening due</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="215" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="218" />
            <source>指定负责领导…</source>
            <translation>Assign responsible leader…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="220" />
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="428" />
            <source>取消指定</source>
            <translation>Unassign</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="222" />
            <source>登记摸排…</source>
            <translation>Register screening…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="224" />
            <source>打印包组分工表</source>
            <translation>Print group assignments</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="226" />
            <source>打印摸排情况</source>
            <translation>Print screening status</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="232" />
            <source>摸排日期</source>
            <translation>Screened on</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="234" />
            <source>摸排人</source>
            <translation>Screened by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="235" />
            <source>风险</source>
            <translation>Risk</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="236" />
            <source>处理情况</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="237" />
            <source>跟进人</source>
            <translation>Follow-up by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="238" />
            <source>跟进期限</source>
            <translation>Follow-up due</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="239" />
            <source>发现的问题</source>
            <translation>Issues found</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="242" />
            <source>指定跟进…</source>
            <translation>Assign follow-up…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="244" />
            <source>跟进完成</source>
            <translation>Follow-up done</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="246" />
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="516" />
            <source>转为信访事项</source>
            <translation>Turn into a petition case</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="248" />
            <source>转为矛盾纠纷…</source>
            <translation>Turn into a dispute…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="250" />
            <source>打印摸排记录</source>
            <translation>Print screening records</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="255" />
            <source>届次：</source>
            <translation>Term:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="258" />
            <source>包组分工与摸排情况</source>
            <translation>Group assignments and screening status</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="269" />
            <source>摸排记录（本届）</source>
            <translation>Screening records (this term)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="303" />
            <source>摸排周期：每 {n} 天</source>
            <translation>Screening interval: every {n} days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="328" />
            <source>请先在“领导小组”中成立领导小组，再分配包组。</source>
            <translation>Form the leadership group under “Leadership group” first, then assign the groups.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="333" />
            <source>请先在“领导小组”中成立</source>
            <translation>Form it under “Leadership group” first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="353" />
            <source>（未指定）</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="354" />
            <source>未摸排</source>
            <translation>Not screened</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="356" />
            <source>逾期未摸排</source>
            <translation>Screening overdue</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="356" />
            <source>按期</source>
            <translation>On time</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="400" />
            <source>请先在上表中选中一个组</source>
            <translation>Please select a group in the table above first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="404" />
            <source>本届领导小组还没有成员，请先添加成员</source>
            <translation>This term's leadership group has no members yet; add members first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="414" />
            <source>{group}由{name}负责</source>
            <translation>{name} is responsible for {group}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="424" />
            <source>请先在上表中选中一个已指定领导的组</source>
            <translation>Please select a group with a responsible leader in the table above first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="429" />
            <source>取消{name}对{group}的包组吗？</source>
            <translation>Remove {name} as responsible leader of {group}?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="442" />
            <source>已取消{group}的负责领导</source>
            <translation>{group} no longer has a responsible leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="465" />
            <source>已登记{group}的摸排</source>
            <translation>Screening of {group} registered</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="473" />
            <source>请先在摸排记录中选中一条</source>
            <translation>Please select a screening record first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="507" />
            <source>跟进已完成</source>
            <translation>Follow-up completed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="517" />
            <source>把{group}{day}的摸排发现转为信访事项登记吗？</source>
            <translation>Turn the screening finding of {group} on {day} into a petition case?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="540" />
            <source>已转为信访事项（待登记），信访事项登记时会列出这一条。</source>
            <translation>Sent on as a petition case (to be registered); it will be listed when registering petition cases.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="553" />
            <source>这条摸排无新问题或已转出，不能再转为矛盾纠纷</source>
            <translation>This screening found no new issues or was already passed on; it cannot become a dispute</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="559" />
            <source>已转为矛盾纠纷，见“矛盾纠纷”台账</source>
            <translation>Turned into a dispute; see the “Disputes” ledger</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="573" />
            <source>包组摸排责任分工表</source>
            <translation>Group screening assignments</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="574" />
            <source>包组摸排责任分工表.pdf</source>
            <translation>Group screening assignments.pdf</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="586" />
            <source>包组摸排情况</source>
            <translation>Group screening status</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="587" />
            <source>包组摸排情况.pdf</source>
            <translation>Group screening status.pdf</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="600" />
            <source>包组摸排记录表</source>
            <translation>Group screening records</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="601" />
            <source>包组摸排记录表.pdf</source>
            <translation>Group screening records.pdf</translation>
        </message>
    </context>
    <context>
        <name>SeatDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="141" />
            <source>（空缺）</source>
            <translation>(vacant)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="157" />
            <source>值班人员</source>
            <translation>Duty staff</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/common.py" line="131" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/common.py" line="132" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/common.py" line="155" />
            <source>填写的内容还没有保存，确定放弃吗？</source>
            <translation>Your typing is not saved yet. Discard it?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="44" />
            <source>登记送达</source>
            <translation>Record service</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="60" />
            <source>送达日期</source>
            <translation>Served on</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="61" />
            <source>送达方式</source>
            <translation>Means of service</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="62" />
            <source>受送达人</source>
            <translation>Served to</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="63" />
            <source>送达人</source>
            <translation>Served by</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="55" />
            <source>例如：邹坞镇中心小学</source>
            <translation>e.g. Zouwu Town Central Primary School</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="61" />
            <source>每行一项</source>
            <translation>One item per line</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="70" />
            <source>单位名称*</source>
            <translation>Unit name*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="71" />
            <source>来访类别</source>
            <translation>Visit categories</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="72" />
            <source>可接待的部门和人员</source>
            <translation>Offices and people who receive visitors</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="75" />
            <source>每行一人；有门卫账号的用户和职务为门卫的人员已自动列入</source>
            <translation>One person per line; users with gate accounts and people whose post is gate are included already</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="77" />
            <source>其他门卫人员</source>
            <translation>Other gate staff</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="78" />
            <source>保存设置</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="80" />
            <source>单位设置</source>
            <translation>Unit settings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="86" />
            <source>关注名单（登记时遇到名单上的人会醒目提示）</source>
            <translation>Watch list (a registration of someone on it is clearly flagged)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="90" />
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="111" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="91" />
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="112" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="92" />
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="113" />
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="93" />
            <source>关注原因</source>
            <translation>Reason for watching</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="94" />
            <source>加入时间</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="114" />
            <source>关注原因*</source>
            <translation>Reason for watching*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="115" />
            <source>加入关注名单</source>
            <translation>Add to watch list</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="117" />
            <source>移出名单</source>
            <translation>Remove from list</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="150" />
            <source>界面语言（本机）</source>
            <translation>Window language (this PC)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="157" />
            <source>更改后，下次启动程序时生效。打印的表格和日期仍为中文。</source>
            <translation>A change takes effect at the next start. Printed forms and dates stay Chinese.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="167" />
            <source>界面语言已保存，下次启动程序时生效。</source>
            <translation>Window language saved; it takes effect at the next start.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="180" />
            <source>数据库：{where}</source>
            <translation>Database: {where}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="197" />
            <source>设置没有保存，请按红字提示改正。</source>
            <translation>Settings not saved: please correct what the red text says.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="202" />
            <source>设置已保存。</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="243" />
            <source>已加入关注名单。</source>
            <translation>Added to the watch list.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="248" />
            <source>请先选中名单中的一行。</source>
            <translation>Please select a row of the list first.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="252" />
            <source>移出关注名单</source>
            <translation>Remove from watch list</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="252" />
            <source>确定把“{n}”移出关注名单吗？</source>
            <translation>Remove “{n}” from the watch list?</translation>
        </message>
    </context>
    <context>
        <name>SetupChecklistPanel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/setup_panel.py" line="26" />
            <source>新单位设置清单</source>
            <translation>New unit checklist</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/setup_panel.py" line="47" />
            <source>去设置</source>
            <translation>Set up</translation>
        </message>
    </context>
    <context>
        <name>SheetImportDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="70" />
            <source>尚未选择文件</source>
            <translation>No file chosen yet</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="71" />
            <source>选择文件…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="74" />
            <source>表格中的列</source>
            <translation>Column in the sheet</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="74" />
            <source>作为字段</source>
            <translation>Imported as</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="79" />
            <source>检查（不写入）</source>
            <translation>Check (writes nothing)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="81" />
            <source>全部导入</source>
            <translation>Import all</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="83" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="95" />
            <source>第 1 步：核对每一列对应的字段</source>
            <translation>Step 1: check which field each column goes to</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="99" />
            <source>第 2 步：检查结果（有问题的行全部列出，改正后再导入）</source>
            <translation>Step 2: check results (every row with a problem is listed; correct them, then import)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="118" />
            <source>Excel 工作簿 (*.xlsx *.xls)</source>
            <translation>Excel workbooks (*.xlsx *.xls)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="129" />
            <source>正在读取…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="134" />
            <source>已取消读取。</source>
            <translation>Reading cancelled.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="147" />
            <source>{path}（工作表“{sheet}”，{n} 行）</source>
            <translation>{path} (sheet “{sheet}”, {n} rows)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="154" />
            <source>（无表头）</source>
            <translation>(no heading)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="156" />
            <source>（不导入）</source>
            <translation>(not imported)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="174" />
            <source>不导入的列：{columns}</source>
            <translation>Columns not imported: {columns}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="176" />
            <source>每一列都已对应到字段。</source>
            <translation>Every column goes to a field.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="183" />
            <source>读取或导入失败</source>
            <translation>Reading or importing failed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="214" />
            <source>正在检查…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="224" />
            <source>已取消检查。</source>
            <translation>Check cancelled.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="230" />
            <source>第 {row} 行：{message}</source>
            <translation>Row {row}: {message}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="238" />
            <source>有 {rows} 行不能导入（共 {n} 处问题）；改正 Excel 后重新选择文件。</source>
            <translation>{rows} rows cannot be imported ({n} problems); correct the Excel file and choose it again.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="247" />
            <source>正在导入…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="252" />
            <source>已取消，没有导入任何一行。</source>
            <translation>Cancelled; no row was imported.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/sheet_import.py" line="262" />
            <source>没有导入任何一行：{m}</source>
            <translation>No row was imported: {m}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="148" />
            <source>登录信访台账</source>
            <translation>Sign in to Petition Records</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="157" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="158" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="159" />
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="160" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="183" />
            <source>正在打开数据库，马上就好…</source>
            <translation>Opening the database, one moment…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="195" />
            <source>请输入用户名。</source>
            <translation>Please enter the user name.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="197" />
            <source>请输入密码。</source>
            <translation>Please enter the password.</translation>
        </message>
    </context>
    <context>
        <name>StatisticsPage</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="101" />
            <source>按{d}</source>
            <translation>By {d}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="102" />
            <source>统计</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="106" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="108" />
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="114" />
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="334" />
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="351" />
            <source>信访统计表</source>
            <translation>Petition statistics table</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="109" />
            <source>信访工作分析报告（含图表）</source>
            <translation>Petition work analysis (with charts)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="110" />
            <source>年度统计表（年度信访工作报告用）</source>
            <translation>Annual statistics (for the annual petition work report)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="112" />
            <source>导出 Excel</source>
            <translation>Export Excel</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="115" />
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="367" />
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="385" />
            <source>信访工作分析报告</source>
            <translation>Petition work analysis</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="116" />
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="401" />
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="416" />
            <source>年度统计表</source>
            <translation>Annual statistics</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="124" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="137" />
            <source>分组</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="144" />
            <source>柱状图</source>
            <translation>Bar chart</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="145" />
            <source>饼图</source>
            <translation>Pie chart</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="146" />
            <source>走势</source>
            <translation>Trend</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="175" />
            <source>信访统计</source>
            <translation>Petition statistics</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="200" />
            <source>结束日期不能早于开始日期</source>
            <translation>The end date cannot be before the start date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="238" />
            <source>{period}：来访登记 {vb} 批 {vp} 人次；信访事项 {c} 件 {cp} 人次，办结 {closed} 件，办结率 {rate}，按期办结率 {on_time}；重信重访 {rep} 件（{share}）。环比 {prev}，同比 {year}。</source>
            <translation>{period}: visits {vb} batches, {vp} person-times; petition cases {c}, {cp} person-times, {closed} closed, closure rate {rate}, on-time closure rate {on_time}; repeat petitions {rep} ({share}). Period-on-period {prev}, year-on-year {year}.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="292" />
            <source>操作失败：{e}</source>
            <translation>The operation failed: {e}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="302" />
            <source>正在生成{t}…</source>
            <translation>Generating {t}…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="307" />
            <source>导出{t}</source>
            <translation>Export {t}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="309" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="315" />
            <source>已导出：{p}</source>
            <translation>Exported: {p}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="316" />
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="420" />
            <source>件数</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="421" />
            <source>办结</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="441" />
            <source>按{d}统计</source>
            <translation>By {d}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="449" />
            <source>件</source>
            <translation>cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="469" />
            <source>各{d}所占比例</source>
            <translation>Share of each {d}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="470" />
            <source>{t}（本期无数据）</source>
            <translation>{t} (no data this period)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="475" />
            <source>信访事项（件）</source>
            <translation>Petition cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="476" />
            <source>来访（批次）</source>
            <translation>Visits (batches)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="494" />
            <source>件、批次</source>
            <translation>Cases, batches</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="503" />
            <source>{p}走势（{s}），{note}</source>
            <translation>{p} trend ({s}), {note}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="507" />
            <source>{p}走势（{s}）</source>
            <translation>{p} trend ({s})</translation>
        </message>
    </context>
    <context>
        <name>StepPanel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="68" />
            <source>办理</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="75" />
            <source>督办…</source>
            <translation>Supervise…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="80" />
            <source>添加附件…</source>
            <translation>Add attachment…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="84" />
            <source>下一步</source>
            <translation>Next step</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="86" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="95" />
            <source>办理经过与督办</source>
            <translation>Handling history and supervision</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="98" />
            <source>附件（扫描件、照片；双击打开）</source>
            <translation>Attachments (scans, photos; double-click to open)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="114" />
            <source>请先保存或选中一件信访事项。</source>
            <translation>Please save or select a petition case first.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="124" />
            <source>状态：{state}</source>
            <translation>Status: {state}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="125" />
            <source>下一期限：{kind} {day}</source>
            <translation>Next deadline: {kind} {day}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="127" />
            <source>下一期限：无</source>
            <translation>Next deadline: none</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="128" />
            <source>书面告知：{day}</source>
            <translation>Written notice: {day}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="131" />
            <source>内部目标：{day}</source>
            <translation>Internal target: {day}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="134" />
            <source>听证中（自 {day} 起停止计时）</source>
            <translation>Hearing in progress (clock stopped since {day})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="153" />
            <source>{when} {who} 修改{field}：{old} → {new}</source>
            <translation>{when} {who} changed {field}: {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="163" />
            <source>{day} 督办（{method}）{by} → {to}：{response}</source>
            <translation>{day} supervision ({method}) {by} → {to}: {response}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="168" />
            <source>待反馈</source>
            <translation>awaiting response</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="223" />
            <source>延长天数</source>
            <translation>Days of extension</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="226" />
            <source>（不变）</source>
            <translation>(unchanged)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="232" />
            <source>包案领导</source>
            <translation>Case owner</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="235" />
            <source>（未评价）</source>
            <translation>(not rated)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="238" />
            <source>信访人评价</source>
            <translation>Petitioner's rating</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="239" />
            <source>说明</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="287" />
            <source>没有办理：请按红字修改。</source>
            <translation>Not done: please correct what the red text says.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="296" />
            <source>已{step}：{number}</source>
            <translation>{step}: {number}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="315" />
            <source>{name}（{kb} KB，{who} {when}）</source>
            <translation>{name} ({kb} KB, {who} {when})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="331" />
            <source>添加附件</source>
            <translation>Add attachment</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="332" />
            <source>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.tif);;所有文件 (*)</source>
            <translation>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="345" />
            <source>已添加附件：{name}</source>
            <translation>Attachment added: {name}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="377" />
            <source>已记录督办</source>
            <translation>Supervision recorded</translation>
        </message>
    </context>
    <context>
        <name>SummaryTab</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1121" />
            <source>生成年度工作总结（Word）…</source>
            <translation>Generate the annual work summary (Word)…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1126" />
            <source>按《信访稳定工作总结（自查报告）》的六个部分生成草稿：领导小组、包组摸排和例会、来访和信访事项、值班、座谈会和信息报送，数字全部取自本程序的记录；“存在问题和下一步打算”留给校长填写。生成的 .docx 可在 Word 或 WPS 中修改。</source>
            <translation>Drafts the six parts of the petition and stability work summary (self-inspection report): leadership group, group screening and weekly meetings, visits and petition cases, duty, forums and information reports, with every figure taken from this program's records; “Problems and next steps” is left for the principal. The .docx can be edited in Word or WPS.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1134" />
            <source>年度：</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1140" />
            <source>周小结</source>
            <translation>Weekly summary</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1140" />
            <source>月分析</source>
            <translation>Monthly analysis</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1141" />
            <source>季度回顾</source>
            <translation>Quarterly review</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1144" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1150" />
            <source>周小结、月分析、季度回顾：</source>
            <translation>Weekly summary, monthly analysis, quarterly review:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1152" />
            <source>包含这一天的时期：</source>
            <translation>Period containing this day:</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1176" />
            <source>请填写日期，如 2026-11-23</source>
            <translation>Please enter a date, e.g. 2026-11-23</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1190" />
            <source>{t}{d}.pdf</source>
            <translation>{t}{d}.pdf</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1197" />
            <source>保存年度工作总结</source>
            <translation>Save the annual work summary</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1197" />
            <source>{y}年信访稳定工作总结.docx</source>
            <translation>Petition and stability work summary {y}.docx</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1198" />
            <source>Word 文档 (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1217" />
            <source>已保存到 {p}</source>
            <translation>Saved to {p}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1222" />
            <source>无法写入文件 {p}：{e}</source>
            <translation>Cannot write the file {p}: {e}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1227" />
            <source>正在生成年度工作总结…</source>
            <translation>Generating the annual work summary…</translation>
        </message>
    </context>
    <context>
        <name>TermDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="47" />
            <source>修改成立决定</source>
            <translation>Edit the founding decision</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="47" />
            <source>成立领导小组（换届）</source>
            <translation>Form the leadership group (new term)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="52" />
            <source>成立日期*</source>
            <translation>Formed on*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="55" />
            <source>决定会议*</source>
            <translation>Decided at*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="56" />
            <source>例如：2026年第5次行政会</source>
            <translation>e.g. 5th administrative meeting of 2026</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="57" />
            <source>文号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="58" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>TodayVisitsPanel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="70" />
            <source>今日来访</source>
            <translation>Today's visits</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="83" />
            <source>登记 {batches} 批 {persons} 人次，其中集体访 {groups} 批；在场 {here_b} 批 {here_p} 人</source>
            <translation>Registered {batches} batches, {persons} person-times, {groups} of them group visits; on site {here_b} batches, {here_p} people</translation>
        </message>
    </context>
    <context>
        <name>UpdateDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="386" />
            <source>信息报送：续报</source>
            <translation>Information report: follow-up</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="389" />
            <source>续报时间*</source>
            <translation>Follow-up at*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="390" />
            <source>续报内容*</source>
            <translation>Follow-up content*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="393" />
            <source>终报</source>
            <translation>Final report</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="393" />
            <source>事件处置完毕，这是最后一次报送</source>
            <translation>The incident is dealt with; this is the final report</translation>
        </message>
    </context>
    <context>
        <name>UrgingDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="385" />
            <source>督办 {number}</source>
            <translation>Supervise {number}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="402" />
            <source>督办日期</source>
            <translation>Supervised on</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="403" />
            <source>督办方式</source>
            <translation>Means</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="404" />
            <source>督办人</source>
            <translation>Supervised by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="405" />
            <source>被督办部门/人</source>
            <translation>Office / person urged</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="406" />
            <source>办理反馈</source>
            <translation>Response</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="34" />
            <source>新建用户</source>
            <translation>New user</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="34" />
            <source>修改用户</source>
            <translation>Edit user</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="47" />
            <source>（不关联）</source>
            <translation>(not linked)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="56" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="57" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="58" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="59" />
            <source>对应人员</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="61" />
            <source>临时密码，至少 {n} 位；首次登录时须修改</source>
            <translation>Temporary password, at least {n} characters; must be changed at first sign-in</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="64" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="65" />
            <source>确认密码</source>
            <translation>Confirm password</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="125" />
            <source>新建用户</source>
            <translation>New user</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="126" />
            <source>修改</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="127" />
            <source>重置密码</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="128" />
            <source>停用</source>
            <translation>Disable</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="133" />
            <source>用户管理</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="137" />
            <source>门卫：登记来访、今日名单、访客单；信访员：信访事项、台账和报表；领导：本人包案和分管的事项，审阅签批；校长、管理员：全部功能。</source>
            <translation>Gate: registers visits, today's list, visitor slips; petition officer: petition cases, ledgers and reports; leader: own cases and areas, review and sign-off; principal and administrator: everything.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="163" />
            <source>已停用</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="165" />
            <source>锁定至 {t}</source>
            <translation>Locked until {t}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="167" />
            <source>待修改临时密码</source>
            <translation>Temporary password to change</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="169" />
            <source>在用</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="179" />
            <source>请先在列表中选中一个用户</source>
            <translation>Please select a user in the list first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="188" />
            <source>已新建用户 {u}</source>
            <translation>Created user {u}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="205" />
            <source>已重置 {u} 的密码</source>
            <translation>Reset the password of {u}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="211" />
            <source>停用用户“{name}”？停用后不能登录，记录仍保留。</source>
            <translation>Disable the user “{name}”? They can no longer sign in; their records are kept.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="214" />
            <source>停用用户</source>
            <translation>Disable user</translation>
        </message>
    </context>
    <context>
        <name>VisitForm</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="140" />
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="343" />
            <source>新来访登记</source>
            <translation>New visit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="150" />
            <source>现在 (F5)</source>
            <translation>Now (F5)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="156" />
            <source>姓名，或拼音首字母如 zs</source>
            <translation>Name, or pinyin initials such as zs</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="161" />
            <source>未填</source>
            <translation>Not given</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="162" />
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="163" />
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="165" />
            <source>手机或座机</source>
            <translation>Mobile or landline</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="168" />
            <source>可不填；18 位</source>
            <translation>Optional; 18 characters</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="172" />
            <source>集体访</source>
            <translation>Group visit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="184" />
            <source>来访事由（必填）</source>
            <translation>Reason for the visit (required)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="190" />
            <source>被访部门或人员</source>
            <translation>Office or person visited</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="194" />
            <source>如 鲁D12345</source>
            <translation>e.g. 鲁D12345</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="203" />
            <source>来访时间</source>
            <translation>Arrived at</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="204" />
            <source>姓名*</source>
            <translation>Name*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="205" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="206" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="207" />
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="208" />
            <source>人数</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="209" />
            <source>单位/住址</source>
            <translation>Unit / address</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="210" />
            <source>来访事由*</source>
            <translation>Reason*</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="211" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="212" />
            <source>接待对象</source>
            <translation>Received by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="213" />
            <source>登记人</source>
            <translation>Registered by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="214" />
            <source>车牌号</source>
            <translation>Number plate</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="215" />
            <source>处理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="216" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="226" />
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="344" />
            <source>保存 (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="229" />
            <source>保存并打印访客单 (Ctrl+P)</source>
            <translation>Save and print visitor slip (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="231" />
            <source>清空 (Esc)</source>
            <translation>Clear (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="400" />
            <source>清空登记</source>
            <translation>Clear the registration</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="400" />
            <source>正在填写的登记还没有保存，确定清空吗？</source>
            <translation>The registration being filled in is not saved. Clear it anyway?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="420" />
            <source>来访登记 {number} 的修改</source>
            <translation>Changes to visit {number}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="422" />
            <source>未保存的来访登记{name}</source>
            <translation>Unsaved visit {name}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="472" />
            <source>这条登记已作废，不能修改。</source>
            <translation>This visit was voided and cannot be changed.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="479" />
            <source>修改来访登记 {number}</source>
            <translation>Edit visit {number}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="480" />
            <source>保存修改 (Ctrl+S)</source>
            <translation>Save changes (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="515" />
            <source>已保存：{name}（{number}）</source>
            <translation>Saved: {name} ({number})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="517" />
            <source>已保存修改：{name}（{number}）</source>
            <translation>Changes saved: {name} ({number})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="537" />
            <source>有 {count} 处需要改正，见红字提示。</source>
            <translation>{count} places need correcting; see the red text.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="564" />
            <source>{name}　{phone}　{id}　来访 {count} 次，最近 {last}</source>
            <translation>{name}　{phone}　{id}　{count} visits, last {last}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="566" />
            <source>无电话</source>
            <translation>no phone</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="628" />
            <source>重访：此前来访 {count} 次</source>
            <translation>Repeat visit: {count} earlier visits</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="639" />
            <source>今天 {time} 已登记，尚未离开</source>
            <translation>Registered today at {time}, not yet left</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="646" />
            <source>⚠ 关注名单：{name}（{on}相符）— {reason}</source>
            <translation>⚠ Watch list: {name} (matching {on}) — {reason}</translation>
        </message>
    </context>
    <context>
        <name>VisitsPage</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="70" />
            <source>搜索 姓名 / 拼音首字母 / 电话 / 身份证号片段 / 事由 (Ctrl+F)</source>
            <translation>Search name / pinyin initials / phone / part of ID number / reason (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="78" />
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="79" />
            <source>最近 7 天</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="80" />
            <source>本月</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="81" />
            <source>全部日期</source>
            <translation>All dates</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="82" />
            <source>自定义</source>
            <translation>Custom</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="91" />
            <source>仅在场</source>
            <translation>On site only</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="92" />
            <source>含作废</source>
            <translation>Include voided</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="127" />
            <source>登记离开 (F8)</source>
            <translation>Record departure (F8)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="129" />
            <source>修改 (F2)</source>
            <translation>Edit (F2)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="131" />
            <source>作废… (Del)</source>
            <translation>Void… (Del)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="133" />
            <source>修改记录 (Ctrl+H)</source>
            <translation>Change history (Ctrl+H)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="135" />
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="520" />
            <source>访客单</source>
            <translation>Visitor slip</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="137" />
            <source>打印登记表 (Ctrl+Shift+P)</source>
            <translation>Print register (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="139" />
            <source>导出 Excel</source>
            <translation>Export Excel</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="141" />
            <source>转为信访事项 (Ctrl+J)</source>
            <translation>Turn into a petition case (Ctrl+J)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="143" />
            <source>导入旧登记表…</source>
            <translation>Import old register…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="175" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="239" />
            <source>门卫只能查看和打印今天的来访登记</source>
            <translation>The gate can view and print today's visits only</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="247" />
            <source>全部类别</source>
            <translation>All categories</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="304" />
            <source>已导入 {n} 条来访登记。</source>
            <translation>Imported {n} visits.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="332" />
            <source>共 {count} 条</source>
            <translation>{count} in all</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="334" />
            <source>已显示 {count} 条，向下滚动显示更多</source>
            <translation>{count} shown; scroll down for more</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="374" />
            <source>请先在列表中选中一条来访登记。</source>
            <translation>Please select a visit in the list first.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="392" />
            <source>{name} 已于 {time} 离开</source>
            <translation>{name} left at {time}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="411" />
            <source>扫码登记离开：{name} {time} 离开</source>
            <translation>Departure scanned: {name} left at {time}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="431" />
            <source>已作废（记录保留）：{s}</source>
            <translation>Voided (record kept): {s}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="448" />
            <source>请先选择要打印或导出的日期范围。</source>
            <translation>Please choose the dates to print or export first.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="471" />
            <source>来访登记表 {p}</source>
            <translation>Visit register {p}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="474" />
            <source>正在生成来访登记表…</source>
            <translation>Generating the visit register…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="484" />
            <source>导出来访登记表</source>
            <translation>Export visit register</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="486" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="503" />
            <source>已导出：{p}</source>
            <translation>Exported: {p}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="504" />
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="538" />
            <source>操作失败：{e}</source>
            <translation>The operation failed: {e}</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="32" />
            <source>作废来访登记</source>
            <translation>Void visit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="36" />
            <source>例如：重复登记、登记错人</source>
            <translation>e.g. registered twice, wrong person</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="41" />
            <source>作废</source>
            <translation>Void</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="45" />
            <source>作废：{summary}</source>
            <translation>Void: {summary}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="46" />
            <source>作废原因（必填，记录将保留）：</source>
            <translation>Reason for voiding (required; the record is kept):</translation>
        </message>
    </context>
    <context>
        <name>YearWorkPage</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1243" />
            <source>工作计划</source>
            <translation>Work plan</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1244" />
            <source>座谈会</source>
            <translation>Forums</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1245" />
            <source>信息报送</source>
            <translation>Information reports</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1246" />
            <source>领导接访</source>
            <translation>Leaders' receptions</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="1247" />
            <source>总结和回顾</source>
            <translation>Summaries and reviews</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../src/xinfang_desktop/app.py" line="56" />
            <location filename="../../src/xinfang_desktop/app.py" line="171" />
            <location filename="../../src/xinfang_desktop/app.py" line="343" />
            <source>信访台账</source>
            <translation>Petition Records</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/app.py" line="374" />
            <source>自动备份</source>
            <translation>Automatic backup</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/app.py" line="285" />
            <source>数据库</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/app.py" line="492" />
            <source>数据库检查</source>
            <translation>Database check</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/app.py" line="492" />
            <source>已从备份恢复，请重新登录。</source>
            <translation>Restored from the backup. Please sign in again.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/app.py" line="265" />
            <source>确定新建一个空数据库吗？现有的备份不会删除，以后仍可从“数据备份”页恢复。</source>
            <translation>Create a new, empty database? The existing backups are kept; you can still restore them later on the Backups page.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/app.py" line="478" />
            <source>数据库文件检查发现问题，继续使用可能丢失数据。
是否用 {time} 的备份恢复？现在的文件会另存一份，不会删除。</source>
            <translation>The check found problems in the database file; working on may lose data.
Restore the backup from {time}? The current file is kept aside, not deleted.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/app.py" line="258" />
            <source>数据文件夹里没有数据库文件，但有备份（最新的是 {time}）。
是否用最新的可用备份恢复？</source>
            <translation>The data folder has no database file, but it has backups (the newest from {time}).
Restore from the newest usable backup?</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/app.py" line="472" />
            <source>数据库文件检查发现问题，继续使用可能丢失数据，而且没有找到可用的备份。</source>
            <translation>The check found problems in the database file; working on may lose data, and no usable backup was found.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/app.py" line="473" />
            <source>请联系管理员。</source>
            <translation>Please contact your administrator.</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/session.py" line="26" />
            <source>信访台账</source>
            <translation>Petition Records</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="182" />
            <source>密码不能含有换行、制表符等控制字符</source>
            <translation>The password cannot contain line breaks, tabs or other control characters</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="184" />
            <source>密码太简单：至少要有 4 个不同的字符</source>
            <translation>The password is too simple: it needs at least 4 different characters</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="186" />
            <source>密码不能包含用户名</source>
            <translation>The password cannot contain the user name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="195" />
            <source>密码至少包含字母、数字、符号中的两类</source>
            <translation>The password needs two of: letters, digits, symbols</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="197" />
            <source>这个密码太常见，容易被猜到，请换一个</source>
            <translation>This password is too common and easy to guess; please choose another</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="131" />
            <source>请填写用户名</source>
            <translation>Please enter the user name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="134" />
            <source>用户名为 2 到 30 个字母、数字、汉字或 _ . -，不能有空格</source>
            <translation>A user name is 2 to 30 letters, digits, Chinese characters or _ . -, without spaces</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="143" />
            <source>请选择角色</source>
            <translation>Please choose a role</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="206" />
            <source>两次输入的密码不一致</source>
            <translation>The two passwords differ</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="117" />
            <source>{label}应在 {low} 到 {high} 天之间</source>
            <translation>{label} must be between {low} and {high} days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="127" />
            <source>{label}不能长于{law}（{days} 天）</source>
            <translation>{label} cannot be longer than {law} ({days} days)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="193" />
            <source>案件{state}，不能{step}</source>
            <translation>The case is {state}; it cannot be {step}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="196" />
            <source>已于 {day} 书面告知过</source>
            <translation>Written notice was already given on {day}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="198" />
            <source>办理期限只能延长一次（条例第三十四条）</source>
            <translation>The handling time limit can be extended only once (Regulations Art. 34)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="200" />
            <source>听证已在进行中</source>
            <translation>A hearing is already in progress</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="202" />
            <source>没有正在进行的听证</source>
            <translation>No hearing is in progress</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="204" />
            <source>听证尚未结束，请先登记听证结束</source>
            <translation>The hearing has not ended; record its end first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="207" />
            <source>已经复查过，不能再次申请复查</source>
            <translation>Already reviewed; a second review cannot be requested</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="209" />
            <source>案件未经答复，不能申请复查</source>
            <translation>The case has no reply yet; a review cannot be requested</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="213" />
            <source>复查申请已超过期限（应在 {day} 前提出）</source>
            <translation>The review request is too late (it was due before {day})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="218" />
            <source>已经复核，同一事实和理由不再受理</source>
            <translation>Already re-reviewed; the same facts and reasons are not accepted again</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="220" />
            <source>须先经复查，才能申请复核</source>
            <translation>A re-review needs a review first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="224" />
            <source>复核申请已超过期限（应在 {day} 前提出）</source>
            <translation>The re-review request is too late (it was due before {day})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="254" />
            <source>评价应为{choices}之一</source>
            <translation>The rating must be one of {choices}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="260" />
            <source>请填写延长天数</source>
            <translation>Please enter the days of extension</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="134" />
            <source>{label}须含 {{year}} 和 {{seq}}，例如 {example}</source>
            <translation>{label} must contain {{year}} and {{seq}}, e.g. {example}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="140" />
            <source>请选择渠道（来信、来访、来电、网络、传真或上级转办）</source>
            <translation>Please choose a channel (letter, visit, call, online, fax or referral from above)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="143" />
            <source>上级转办/交办的事项请填写转办机关</source>
            <translation>For a matter referred or assigned from above, enter the referring body</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="147" />
            <source>请填写收到日期</source>
            <translation>Please enter the date received</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="158" />
            <source>请至少填写一位信访人（匿名信件写“匿名”）</source>
            <translation>Please enter at least one petitioner (write “匿名” for an anonymous letter)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="168" />
            <source>集体访代表最多 {max} 人（条例第二十条），现在有 {count} 人</source>
            <translation>A group visit has at most {max} representatives (Regulations Art. 20); there are {count}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="176" />
            <source>人数至少为 1</source>
            <translation>The number of people is at least 1</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="210" />
            <source>第 {n} 位信访人的联系电话格式不对：手机号为 11 位数字，座机如 0533-2123456</source>
            <translation>The phone of petitioner {n} is not valid: a mobile has 11 digits, a landline looks like 0533-2123456</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="226" />
            <source>请填写第 {n} 位信访人的姓名</source>
            <translation>Please enter the name of petitioner {n}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="358" />
            <source>请填写督办日期</source>
            <translation>Please enter the supervision date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="149" />
            <source>收到日期太早，请核对年份</source>
            <translation>The date received is too early; please check the year</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="161" />
            <source>信访人最多登记 {max} 位</source>
            <translation>At most {max} petitioners can be registered</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="178" />
            <source>人数不能超过 {max}</source>
            <translation>The number of people cannot exceed {max}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="243" />
            <source>编号格式必须含有序号 {{seq}}</source>
            <translation>The number format must contain the sequence {{seq}}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="282" />
            <source>不能发给被反映的部门“{office}”（条例第三十条）</source>
            <translation>Cannot be sent to “{office}”, the office complained about (Regulations Art. 30)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="360" />
            <source>督办日期不能晚于今天</source>
            <translation>The supervision date cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="377" />
            <source>文件是空的：{name}</source>
            <translation>The file is empty: {name}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="383" />
            <source>文件太大（{mb} MB），附件最大 {max} MB</source>
            <translation>The file is too large ({mb} MB); attachments are at most {max} MB</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="151" />
            <source>收到日期不能晚于今天</source>
            <translation>The date received cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="183" />
            <source>人数（{count}）少于登记的信访人（{listed} 位）</source>
            <translation>The number of people ({count}) is less than the petitioners entered ({listed})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="251" />
            <source>编号格式只能使用 {{year}} 和 {{seq}}，例如 {example}</source>
            <translation>The number format can use only {{year}} and {{seq}}, e.g. {example}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="362" />
            <source>督办日期不能早于收到日期</source>
            <translation>The supervision date cannot be before the date received</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="317" />
            <source>{label}中“{item}”重复了</source>
            <translation>“{item}” appears twice in {label}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="57" />
            <source>请填写排查日期</source>
            <translation>Please enter the date found</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="61" />
            <source>请选择一名责任人</source>
            <translation>Please choose a responsible person</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="64" />
            <source>请选择化解班子成员</source>
            <translation>Please choose the resolution team</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="66" />
            <source>请填写化解时限</source>
            <translation>Please enter the resolve-by date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="70" />
            <source>请选择风险等级：低、中或高</source>
            <translation>Please choose a risk level: low, medium or high</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="85" />
            <source>请填写日期</source>
            <translation>Please enter the date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="59" />
            <source>排查日期不能晚于今天</source>
            <translation>The date found cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="68" />
            <source>化解时限不能早于排查日期</source>
            <translation>The resolve-by date cannot be before the date found</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="87" />
            <source>进展日期不能早于排查日期</source>
            <translation>The progress date cannot be before the date found</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="97" />
            <source>状态不对</source>
            <translation>Invalid status</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="89" />
            <source>进展日期不能晚于今天</source>
            <translation>The progress date cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="100" />
            <source>请填写化解日期</source>
            <translation>Please enter the resolution date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="102" />
            <source>化解日期不能早于排查日期</source>
            <translation>The resolution date cannot be before the date found</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/forums.py" line="62" />
            <source>请填写座谈会日期</source>
            <translation>Please enter the forum date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/forums.py" line="69" />
            <source>请选择座谈会类型：{kinds}</source>
            <translation>Please choose the forum type: {kinds}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/forums.py" line="72" />
            <source>请填写参加人数</source>
            <translation>Please enter the attendance</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/forums.py" line="79" />
            <source>一次座谈会最多记录 {max} 条意见</source>
            <translation>A forum records at most {max} opinions</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/forums.py" line="64" />
            <source>座谈会日期不能晚于今天</source>
            <translation>The forum date cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/forums.py" line="75" />
            <source>参加人数应在 1 至 {max} 之间</source>
            <translation>The attendance must be between 1 and {max}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/forums.py" line="94" />
            <source>第{n}条意见：跟进要同时填写责任人和完成期限</source>
            <translation>Opinion {n}: a follow-up needs both a responsible person and a due date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/forums.py" line="66" />
            <source>座谈会日期太早，请核对年份</source>
            <translation>The forum date is too early; please check the year</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/forums.py" line="98" />
            <source>第{n}条意见：完成期限不能早于座谈会日期</source>
            <translation>Opinion {n}: the due date cannot be before the forum date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/identity.py" line="30" />
            <source>身份证号应为 18 位，现在是 {count} 位</source>
            <translation>An ID number has 18 characters; this one has {count}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/identity.py" line="32" />
            <source>身份证号只能由数字组成，最后一位可以是 X</source>
            <translation>An ID number consists of digits; the last may be X</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/identity.py" line="38" />
            <source>身份证号中的出生日期不合理</source>
            <translation>The birth date in the ID number is not plausible</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/identity.py" line="40" />
            <source>身份证号校验位不对，请核对后重新输入</source>
            <translation>The check digit of the ID number is wrong; please check it and enter it again</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/identity.py" line="36" />
            <source>身份证号中的出生日期不存在</source>
            <translation>The birth date in the ID number does not exist</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/import_columns.py" line="122" />
            <source>找不到这些必需的列：{missing}（用 列名=字段 指定，如 内容摘要={example}）</source>
            <translation>These required columns are missing: {missing} (map them as column=field, e.g. 内容摘要={example})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/import_columns.py" line="109" />
            <source>没有“{field}”这个字段，可用：{fields}</source>
            <translation>There is no field “{field}”; available: {fields}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/import_columns.py" line="101" />
            <source>表格中没有“{header}”这一列</source>
            <translation>The sheet has no column “{header}”</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="64" />
            <source>请选择报送方式：{m}</source>
            <translation>Please choose how it was reported: {m}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="66" />
            <source>请填写事件发生时间</source>
            <translation>Please enter when it happened</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="72" />
            <source>请填写报送时间</source>
            <translation>Please enter when it was reported</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="92" />
            <source>请填写续报时间</source>
            <translation>Please enter the follow-up time</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="68" />
            <source>事件发生时间不能晚于现在</source>
            <translation>The time it happened cannot be in the future</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="74" />
            <source>报送时间不能晚于现在</source>
            <translation>The reporting time cannot be in the future</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="94" />
            <source>续报时间不能早于首报时间</source>
            <translation>The follow-up cannot be before the first report</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="125" />
            <source>报送时限应在 1 至 {max} 小时之间</source>
            <translation>The reporting time limit must be between 1 and {max} hours</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="70" />
            <source>事件发生时间太早，请核对年份</source>
            <translation>The incident time is too early; please check the year</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="76" />
            <source>报送时间不能早于事件发生时间</source>
            <translation>The reporting time cannot be before the incident</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="96" />
            <source>续报时间不能晚于现在</source>
            <translation>The follow-up time cannot be in the future</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="135" />
            <source>{name}还负责未办结的事项，请先移交：{items}</source>
            <translation>{name} is still responsible for open matters; hand them over first: {items}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="67" />
            <source>请填写成立日期</source>
            <translation>Please enter the date formed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="84" />
            <source>请选择成员</source>
            <translation>Please choose a member</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="86" />
            <source>请选择职务：组长、副组长或组员</source>
            <translation>Please choose a role: leader, deputy or member</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="96" />
            <source>加入日期不能早于本届成立日期（{day}）</source>
            <translation>The joining date cannot be before this term was formed ({day})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="112" />
            <source>变动日期不能早于加入日期（{day}）</source>
            <translation>The change date cannot be before the joining date ({day})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="72" />
            <source>成立日期必须晚于上一届的成立日期（{day}）</source>
            <translation>The date formed must be after the previous term was formed ({day})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="128" />
            <source>本届已有组长，请先调整原组长的职务</source>
            <translation>This term already has a leader; change the current leader's role first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="121" />
            <source>请填写会议日期</source>
            <translation>Please enter the meeting date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="185" />
            <source>只有定稿的纪要可以审签</source>
            <translation>Only finalized minutes can be signed off</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="201" />
            <source>纪要尚未审签，请直接修改纪要</source>
            <translation>The minutes are not signed off yet; edit them directly</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="129" />
            <source>同一人在出席名单中出现了两次</source>
            <translation>The same person appears twice in the attendance</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="132" />
            <source>此人当天不是领导小组成员</source>
            <translation>This person was not a leadership group member on that day</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="149" />
            <source>请填写第{n}项落实事项的内容</source>
            <translation>Please enter the content of action item {n}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="155" />
            <source>请为第{n}项落实事项指定责任人</source>
            <translation>Please assign a responsible person to action item {n}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="157" />
            <source>请填写第{n}项落实事项的完成期限</source>
            <translation>Please enter the due date of action item {n}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="172" />
            <source>纪要已审签，不能修改；如需更正请追加补充说明</source>
            <translation>The minutes are signed off and cannot change; add an addendum to correct them</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="178" />
            <source>只有草稿可以定稿</source>
            <translation>Only a draft can be finalized</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="225" />
            <source>季度应写成如 2026Q4 的形式</source>
            <translation>Write the quarter like 2026Q4</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="136" />
            <source>缺席须写明原因</source>
            <translation>An absence needs a reason</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="152" />
            <source>落实事项不能超过{limit}个字</source>
            <translation>An action item cannot exceed {limit} characters</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="159" />
            <source>完成期限不能早于会议日期</source>
            <translation>The due date cannot be before the meeting date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="139" />
            <source>缺席原因不能超过{limit}个字</source>
            <translation>The reason for absence cannot exceed {limit} characters</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/ordering.py" line="186" />
            <source>最多 {max} 个职务</source>
            <translation>At most {max} posts</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/ordering.py" line="177" />
            <source>职务“{item}”太长（最多 {max} 个字）</source>
            <translation>The post “{item}” is too long (at most {max} characters)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/ordering.py" line="182" />
            <source>职务“{item}”重复了</source>
            <translation>The post “{item}” appears twice</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/outreach.py" line="44" />
            <source>请填写下访日期</source>
            <translation>Please enter the visit date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/outreach.py" line="49" />
            <source>请选择下访的领导</source>
            <translation>Please choose the visiting leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/outreach.py" line="46" />
            <source>下访日期不能晚于今天</source>
            <translation>The visit date cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/people.py" line="64" />
            <source>联系电话格式不对：手机号为 11 位数字，座机如 0533-2123456</source>
            <translation>The phone number is not valid: a mobile has 11 digits, a landline looks like 0533-2123456</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/people.py" line="74" />
            <source>离岗日期不能晚于今天</source>
            <translation>The leaving date cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="52" />
            <source>请填写接访日期</source>
            <translation>Please enter the reception date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="56" />
            <source>请填写接访的起止时间</source>
            <translation>Please enter the reception's start and end times</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="60" />
            <source>请选择接访领导</source>
            <translation>Please choose the receiving leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="85" />
            <source>请填写约访时间</source>
            <translation>Please enter the appointment time</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="89" />
            <source>请选择接待的领导</source>
            <translation>Please choose the receiving leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="54" />
            <source>接访日期不能早于今天</source>
            <translation>The reception date cannot be before today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="58" />
            <source>结束时间应晚于开始时间</source>
            <translation>The end time must be after the start time</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="87" />
            <source>约访时间不能早于今天</source>
            <translation>The appointment cannot be before today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="341" />
            <source>{years}的法定节假日和调休安排尚未公布或收录：元旦、劳动节、国庆节按法定日期排为节假日，春节、清明节、端午节、中秋节和调休上班日按周一至周五上班排班。请在“设置”中标记{years}的这些日子后再生成。</source>
            <translation>The statutory holidays and swapped working days of {years} are not yet published or included: New Year's Day, Labour Day and National Day are scheduled as holidays on their statutory dates, while Spring Festival, Qingming, Dragon Boat, Mid-Autumn and swapped working days are scheduled as Monday-to-Friday working days. Mark these days of {years} in Settings, then generate again.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="129" />
            <source>至少要有一个值班角色</source>
            <translation>At least one duty role is needed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="131" />
            <source>值班角色最多 {max} 个</source>
            <translation>At most {max} duty roles</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="152" />
            <source>至少要有一个班次</source>
            <translation>At least one shift is needed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="154" />
            <source>班次最多 {max} 个</source>
            <translation>At most {max} shifts</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="181" />
            <source>两班之间的休息时间应为 0–48 小时</source>
            <translation>The rest between shifts must be 0–48 hours</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="242" />
            <source>结束日期不能早于开始日期</source>
            <translation>The end date cannot be before the start date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="138" />
            <source>角色“{name}”的代码不对</source>
            <translation>The code of role “{name}” is not valid</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="143" />
            <source>角色“{name}”每班人数应为 1–{max}，加强值班人数不少于平时</source>
            <translation>Role “{name}” needs 1–{max} people per shift, and no fewer on sensitive days than usual</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="148" />
            <source>值班角色“{name}”重复了</source>
            <translation>The duty role “{name}” appears twice</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="161" />
            <source>班次“{name}”的代码不对</source>
            <translation>The code of shift “{name}” is not valid</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="164" />
            <source>班次“{name}”的时长应为 1–24 小时</source>
            <translation>Shift “{name}” must last 1–24 hours</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="167" />
            <source>班次“{name}”重复了</source>
            <translation>The shift “{name}” appears twice</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="173" />
            <source>请选择{label}的班次</source>
            <translation>Please choose the shifts of {label}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="192" />
            <source>{day} 重复了</source>
            <translation>{day} appears twice</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="252" />
            <source>一次最多排 {max} 天</source>
            <translation>At most {max} days at once</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="746" />
            <source>请选择记录类别</source>
            <translation>Please choose the record type</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="175" />
            <source>{label}班次中有未定义的班次</source>
            <translation>{label} has shifts that are not defined</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="179" />
            <source>{label}的班次时间互相重叠</source>
            <translation>The shifts of {label} overlap</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="91" />
            <source>请选择类别：年级组、学科组或科室</source>
            <translation>Please choose a type: grade group, subject group or office</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="100" />
            <source>请填写摸排日期</source>
            <translation>Please enter the screening date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="104" />
            <source>请选择摸排的组</source>
            <translation>Please choose the group screened</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="106" />
            <source>请选择摸排人</source>
            <translation>Please choose who screened</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="142" />
            <source>请选择跟进责任人</source>
            <translation>Please choose who follows up</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="144" />
            <source>请填写跟进期限</source>
            <translation>Please enter the follow-up due date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="102" />
            <source>摸排日期不能晚于今天</source>
            <translation>The screening date cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="110" />
            <source>已选“无新问题”，请清空发现的问题，或取消勾选</source>
            <translation>“No new issues” is ticked; clear the issues found or untick it</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="114" />
            <source>无新问题时不需要跟进人和期限</source>
            <translation>With no new issues, no follow-up person or due date is needed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="147" />
            <source>跟进期限不能早于{day}</source>
            <translation>The follow-up due date cannot be before {day}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="158" />
            <source>摸排间隔应为 1 到 {max} 天</source>
            <translation>The screening interval must be 1 to {max} days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="181" />
            <source>月份应为 1 到 12</source>
            <translation>The month must be 1 to 12</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="122" />
            <source>请填写发现的问题，或勾选“无新问题”</source>
            <translation>Enter the issues found, or tick “No new issues”</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/settings.py" line="64" />
            <source>{label}最多 {max} 项</source>
            <translation>{label}: at most {max} items</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/text.py" line="37" />
            <source>{label}最多 {max} 个字，现在有 {count} 个字</source>
            <translation>{label}: at most {max} characters, now {count}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/text.py" line="32" />
            <source>请填写{label}</source>
            <translation>Please fill in {label}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/text.py" line="46" />
            <source>{label}含有不可见的控制字符，请删除后重新输入</source>
            <translation>{label} contains invisible control characters; delete them and type it again</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/visits.py" line="129" />
            <source>性别只能是“男”“女”或不填</source>
            <translation>Sex is “男”, “女” or blank</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/visits.py" line="149" />
            <source>车牌号格式不对，例如：鲁D12345</source>
            <translation>The number plate is not valid, e.g. 鲁D12345</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/visits.py" line="159" />
            <source>请填写来访时间</source>
            <translation>Please enter the arrival time</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/visits.py" line="161" />
            <source>来访时间太早，请核对年份</source>
            <translation>The arrival time is too early; please check the year</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/visits.py" line="172" />
            <source>离开时间不能早于来访时间</source>
            <translation>The departure cannot be before the arrival</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/visits.py" line="163" />
            <source>来访时间不能晚于现在</source>
            <translation>The arrival time cannot be in the future</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/visits.py" line="174" />
            <source>离开时间不能晚于现在</source>
            <translation>The departure time cannot be in the future</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="101" />
            <source>请选择检查方式</source>
            <translation>Please choose how it is checked</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="124" />
            <source>{label}应在{year}年内</source>
            <translation>{label} must be within {year}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="112" />
            <source>{label}应在 {low} 至 {high} 之间</source>
            <translation>{label} must be between {low} and {high}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/auth.py" line="108" />
            <source>所选的人员不存在，请重新选择</source>
            <translation>The chosen person does not exist; please choose again</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/auth.py" line="116" />
            <source>用户名“{u}”已被使用</source>
            <translation>The user name “{u}” is taken</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/auth.py" line="529" />
            <source>至少要保留一个在用的管理员账号</source>
            <translation>At least one active administrator account must remain</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/auth.py" line="128" />
            <source>已经有管理员，请用已有账号登录</source>
            <translation>There is an administrator already; sign in with an existing account</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/auth.py" line="356" />
            <source>没有在用的管理员账号“{u}”</source>
            <translation>No active administrator account “{u}”</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/auth.py" line="404" />
            <source>原密码不对</source>
            <translation>The current password is wrong</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/auth.py" line="407" />
            <source>新密码不能与原密码相同</source>
            <translation>The new password must differ from the current one</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/auth.py" line="504" />
            <source>不能停用自己正在使用的账号</source>
            <translation>You cannot disable the account you are using</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/auth.py" line="546" />
            <source>没有用户名为“{u}”的用户</source>
            <translation>No user with the user name “{u}”</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/backups.py" line="97" />
            <source>备份密码至少 {n} 个字符</source>
            <translation>The backup password needs at least {n} characters</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/backups.py" line="103" />
            <source>两次输入的备份密码不一致</source>
            <translation>The two backup passwords differ</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_attachments.py" line="51" />
            <source>找不到文件：{path}</source>
            <translation>File not found: {path}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_attachments.py" line="58" />
            <source>无法读取文件：{path}</source>
            <translation>Cannot read the file: {path}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_documents.py" line="462" />
            <source>送达方式请选择：{methods}</source>
            <translation>Please choose the means of service: {methods}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_documents.py" line="475" />
            <source>送达日期不能晚于今天</source>
            <translation>The service date cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_documents.py" line="271" />
            <source>这份文书已被{number}更正，请更正新的文书</source>
            <translation>This document was corrected by {number}; correct the new one</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_documents.py" line="296" />
            <source>印发日期不能晚于今天</source>
            <translation>The issue date cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_documents.py" line="309" />
            <source>印发日期不能早于{day}</source>
            <translation>The issue date cannot be before {day}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_documents.py" line="485" />
            <source>送达日期不能早于印发日期{day}</source>
            <translation>The service date cannot be before the issue date {day}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_documents.py" line="330" />
            <source>{kind}已于{day}印发（{number}），请重印或更正</source>
            <translation>The {kind} was issued on {day} ({number}); reprint or correct it</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_import.py" line="114" />
            <source>一次最多导入 {max} 行</source>
            <translation>At most {max} rows at once</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_import.py" line="185" />
            <source>还有 {n} 处问题，全部改正后才能导入</source>
            <translation>{n} problems remain; correct them all before importing</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_import.py" line="402" />
            <source>导入期间不断有新登记的信访事项，编号无法排定，请稍后再导入</source>
            <translation>New petition cases kept arriving during the import, so numbers could not be assigned; please import again later</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_printing.py" line="79" />
            <source>一次最多打印 {days} 天</source>
            <translation>At most {days} days per print</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/cases.py" line="324" />
            <source>包案领导不存在或已离岗，请重新选择</source>
            <translation>The case owner does not exist or has left; please choose again</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/cases.py" line="569" />
            <source>{step}日期不能晚于今天</source>
            <translation>The {step} date cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/cases.py" line="996" />
            <source>不能关联到本件或其后续件</source>
            <translation>Cannot link to this case or its later cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/disputes.py" line="141" />
            <source>找不到这个人，请重新选择</source>
            <translation>This person was not found; please choose again</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/disputes.py" line="143" />
            <source>化解班子中有找不到的人，请重新选择</source>
            <translation>Someone in the resolution team was not found; please choose again</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/disputes.py" line="262" />
            <source>这条纠纷已化解</source>
            <translation>This dispute is resolved</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/disputes.py" line="295" />
            <source>化解日期不能晚于今天</source>
            <translation>The resolution date cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/disputes.py" line="185" />
            <source>排查日期不能早于摸排日期</source>
            <translation>The date found cannot be before the screening date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/duty_log.py" line="120" />
            <source>本班值班记录已签字确认，不能再修改</source>
            <translation>This shift's duty log is signed off and cannot change</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/duty_log.py" line="243" />
            <source>不能关联这种记录</source>
            <translation>This kind of record cannot be linked</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/duty_log.py" line="181" />
            <source>时间不在本班值班的日期内</source>
            <translation>The time is outside this shift's dates</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/forums.py" line="87" />
            <source>第{n}条意见：责任人不存在</source>
            <translation>Opinion {n}: the responsible person does not exist</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/forums.py" line="216" />
            <source>落实日期不能晚于今天</source>
            <translation>The completion date cannot be after today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/forums.py" line="218" />
            <source>落实日期不能早于座谈会日期</source>
            <translation>The completion date cannot be before the forum date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/forums.py" line="246" />
            <source>这条意见已经转为信访事项</source>
            <translation>This opinion is already a petition case</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/info_reports.py" line="203" />
            <source>这份信息已经终报，不能再续报</source>
            <translation>This report has its final report; no more follow-ups</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/info_reports.py" line="396" />
            <source>“{kind}”还没有应急预案</source>
            <translation>"{kind}" has no emergency plan yet</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/leadership.py" line="261" />
            <source>这条成员记录已结束，不能再变动</source>
            <translation>This membership record has ended and cannot change</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/leadership.py" line="186" />
            <source>成立日期不能修改；换届请新建一届</source>
            <translation>The date formed cannot change; for a new term, form a new one</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/leadership.py" line="232" />
            <source>{name}已离岗，不能加入领导小组</source>
            <translation>{name} has left and cannot join the leadership group</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/leadership.py" line="235" />
            <source>这一届已结束，请在当前一届中添加成员</source>
            <translation>This term has ended; add members to the current term</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/leadership.py" line="239" />
            <source>{name}已是本届成员</source>
            <translation>{name} is already a member of this term</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/leadership.py" line="407" />
            <source>离岗日期不能早于加入领导小组的日期（{day}）</source>
            <translation>The leaving date cannot be before joining the leadership group ({day})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/meetings.py" line="97" />
            <source>例会统计周只能选上周或本周</source>
            <translation>The meeting statistics week is last week or this week</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/notice_content.py" line="93" />
            <source>还没有{needed}，不能印发{kind}</source>
            <translation>There is no {needed} yet, so the {kind} cannot be issued</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/notice_content.py" line="84" />
            <source>复查意见书由复查机关出具；本单位收到的上级复查结果已记为办理步骤，不以本单位名义出具复查意见书</source>
            <translation>The review decision is issued by the reviewing body; the result received from above is recorded as a handling step, and no review decision is issued in this unit's name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/outreach.py" line="204" />
            <source>还没到这个月</source>
            <translation>This month has not begun yet</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/outreach.py" line="106" />
            <source>有找不到的人，请重新选择</source>
            <translation>Someone was not found; please choose again</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/outreach.py" line="146" />
            <source>这次下访没有待办的跟进</source>
            <translation>This outreach visit has no open follow-up</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/outreach.py" line="148" />
            <source>完成日期不能早于下访日期</source>
            <translation>The completion date cannot be before the visit date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/people.py" line="92" />
            <source>同一部门已有在岗的“{name}”，请加以区分</source>
            <translation>The same office already has an active “{name}”; please tell them apart</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/people_excel.py" line="110" />
            <source>表头缺少列：{cols}</source>
            <translation>The heading row lacks columns: {cols}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/people_excel.py" line="150" />
            <source>与第 {first} 行重复（同名同部门）</source>
            <translation>Duplicates row {first} (same name and office)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/people_excel.py" line="219" />
            <source>类别应为{kinds}之一</source>
            <translation>The type must be one of {kinds}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/reception.py" line="93" />
            <source>接访领导应为本单位的校级领导</source>
            <translation>The receiving leader must be one of this unit's school leaders</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/reception.py" line="189" />
            <source>关联的信访事项不存在</source>
            <translation>The linked petition case does not exist</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/reception.py" line="266" />
            <source>只能取消尚未到访的约访</source>
            <translation>Only appointments not yet arrived can be cancelled</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/reception.py" line="283" />
            <source>这个约访已经到访或已取消</source>
            <translation>This appointment has already arrived or been cancelled</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rhythm_review.py" line="130" />
            <source>这个时期还没有开始</source>
            <translation>This period has not begun yet</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="617" />
            <source>与“{name}”（{start} 至 {end}）的日期重叠</source>
            <translation>Overlaps “{name}” ({start} to {end})</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="805" />
            <source>{day} {shift}的值班记录已签字确认，不能再调整人员</source>
            <translation>The duty log of {day} {shift} is signed off; its people cannot change</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="924" />
            <source>请选择两个不同的班次位置</source>
            <translation>Please choose two different duty slots</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="205" />
            <source>请选择人员</source>
            <translation>Please choose a person</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="781" />
            <source>已发布的值班表不能删除，只能修改后重新发布</source>
            <translation>A published rota cannot be deleted, only changed and published again</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="931" />
            <source>只能在同一份值班表内调班</source>
            <translation>Swaps are only possible within one rota</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="933" />
            <source>空缺的位置请直接安排人员，不必调班</source>
            <translation>Assign someone to a vacant slot directly; no swap is needed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="969" />
            <source>还有 {count} 个位置无人值班，排满后才能发布</source>
            <translation>{count} slots are unstaffed; fill them before publishing</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="980" />
            <source>有 {count} 处安排的人员在请假/出差，调整后才能发布</source>
            <translation>{count} slots have someone on leave / away; adjust them before publishing</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="136" />
            <source>没有“{code}”这个值班角色</source>
            <translation>There is no duty role “{code}”</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="144" />
            <source>{role}名单中有已离岗或不存在的人员</source>
            <translation>The {role} list has people who left or do not exist</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="151" />
            <source>{name}不是校级领导，不能担任{role}</source>
            <translation>{name} is not a school leader and cannot be {role}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota_print.py" line="161" />
            <source>月份格式应为 YYYY-MM，如 2026-12</source>
            <translation>Write the month as YYYY-MM, e.g. 2026-12</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/screening.py" line="199" />
            <source>已有名为“{name}”的组</source>
            <translation>There is already a group named “{name}”</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/screening.py" line="356" />
            <source>{group}本届刚被指定了负责领导，请刷新后再看</source>
            <translation>{group} has just been given a responsible leader for this term; please refresh</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/screening.py" line="318" />
            <source>指定日期不在这一届的任期内</source>
            <translation>The assignment date is outside this term</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/screening.py" line="424" />
            <source>找不到这个组，请重新选择</source>
            <translation>This group was not found; please choose again</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/screening.py" line="565" />
            <source>这次摸排无新问题，没有可转的事项</source>
            <translation>This screening found no new issues; there is nothing to pass on</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/screening.py" line="574" />
            <source>这条摸排发现已{status}，不能重复处理</source>
            <translation>This screening finding is already {status}; it cannot be handled twice</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/screening.py" line="323" />
            <source>{name}不是本届领导小组成员，不能包组</source>
            <translation>{name} is not a member of this term's leadership group and cannot take a group</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/screening.py" line="340" />
            <source>{group}本届已由{name}负责，一个组只能有一名负责领导</source>
            <translation>{name} is already responsible for {group} this term; a group has one responsible leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/screening.py" line="665" />
            <source>这条摸排没有待办的跟进</source>
            <translation>This screening has no open follow-up</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/screening.py" line="667" />
            <source>完成日期不能早于摸排日期</source>
            <translation>The completion date cannot be before the screening date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/visit_search.py" line="154" />
            <source>日期应在 {first} 年到 {last} 年之间</source>
            <translation>The date must be between {first} and {last}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/visits.py" line="694" />
            <source>扫到的不是本单位的访客单二维码</source>
            <translation>The scanned code is not this unit's visitor slip</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/visits.py" line="258" />
            <source>这条登记已作废，不能修改</source>
            <translation>This visit was voided and cannot be changed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/visits.py" line="286" />
            <source>这条登记已作废</source>
            <translation>This visit was voided</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/visits.py" line="289" />
            <source>已于 {time} 登记离开</source>
            <translation>Departure already recorded at {time}</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/visits.py" line="311" />
            <source>这条登记已经作废</source>
            <translation>This visit has been voided</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/watchlist.py" line="71" />
            <source>姓名、电话、身份证号至少填一项</source>
            <translation>Enter at least one of name, phone, ID number</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/work_plan.py" line="141" />
            <source>责任领导不存在</source>
            <translation>The leader in charge does not exist</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/work_plan.py" line="161" />
            <source>年份应在 2000 至 2100 之间</source>
            <translation>The year must be between 2000 and 2100</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/work_plan.py" line="247" />
            <source>这一项由程序根据记录自动检查，不能手动勾选</source>
            <translation>The program checks this item from the records; it cannot be ticked by hand</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/workdays.py" line="76" />
            <source>{day} 不能既是放假日又是调休上班日</source>
            <translation>{day} cannot be both a day off and a swapped working day</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="254" />
            <source>“{line}”不是日期，请写成 2027-01-01 元旦</source>
            <translation>“{line}” is not a date; write it like 2027-01-01 New Year's Day</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="267" />
            <source>“{line}”不是日期，请写成 2027-02-06</source>
            <translation>“{line}” is not a date; write it like 2027-02-06</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/common.py" line="62" />
            <source>日期“{text}”不对，应写成 2026-11-23</source>
            <translation>The date “{text}” is not valid; write it like 2026-11-23</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="115" />
            <source>请填写变动日期</source>
            <translation>Please enter the change date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="152" />
            <source>请填写移出日期</source>
            <translation>Please enter the removal date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="250" />
            <source>还没有领导小组成员或校级领导，请先在“人员”中添加</source>
            <translation>There are no leadership group members or school leaders yet; add them under “People” first</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="72" />
            <source>请选择负责领导</source>
            <translation>Please choose the responsible leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="74" />
            <source>请填写指定日期</source>
            <translation>Please enter the assignment date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/people/page.py" line="54" />
            <source>请填写离岗日期</source>
            <translation>Please enter the leaving date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="403" />
            <source>开始时间“{t}”应写成 08:00</source>
            <translation>Write the start time “{t}” like 08:00</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="424" />
            <source>日期“{d}”应写成 2026-12-13</source>
            <translation>Write the date “{d}” like 2026-12-13</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="77" />
            <source>时间“{text}”不对，应写成 2026-11-23 07:30</source>
            <translation>The time “{text}” is not valid; write it like 2026-11-23 07:30</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="647" />
            <source>目标数值应为整数，而不是“{t}”</source>
            <translation>The target value must be a whole number, not “{t}”</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="919" />
            <source>时间“{t}”不对，应写成 09:00</source>
            <translation>The time “{t}” is not valid; write it like 09:00</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/year_work/page.py" line="952" />
            <source>请填写事项序号（数字）</source>
            <translation>Please enter the case's serial number (digits)</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/table_model.py" line="130" />
            <source>{names}（{n}人）</source>
            <translation>{names} ({n} people)</translation>
        </message>
    </context>
    <context>
        <name>ActionItemsModel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/action_items.py" line="172" />
            <source>（请选择）</source>
            <translation>(please choose)</translation>
        </message>
    </context>
    <context>
        <name>RotaTableModel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/models.py" line="99" />
            <source>（空缺）</source>
            <translation>(vacant)</translation>
        </message>
    </context>
    <context>
        <name>OnDuty</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/status.py" line="24" />
            <source>今日无值班安排</source>
            <translation>Nobody is scheduled today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/status.py" line="69" />
            <source>今日值班</source>
            <translation>On duty today</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/status.py" line="60" />
            <source>今日值班：无安排</source>
            <translation>On duty today: nobody scheduled</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/status.py" line="62" />
            <source>今日值班：</source>
            <translation>On duty today: </translation>
        </message>
    </context>
    <context>
        <name>VisitTableModel</name>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="190" />
            <source>关注名单上的来访人</source>
            <translation>Visitor on the watch list</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="209" />
            <source>已作废</source>
            <translation>Voided</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="210" />
            <source>在场</source>
            <translation>On site</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="188" />
            <source>已作废：</source>
            <translation>Voided: </translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="216" />
            <source>{count}（集体访）</source>
            <translation>{count} (group visit)</translation>
        </message>
    </context>
    <context>
        <name>shared</name>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="21" />
            <source>门卫</source>
            <translation>Gate</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="22" />
            <source>信访员</source>
            <translation>Petition officer</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="23" />
            <source>领导</source>
            <translation>Leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="24" />
            <source>校长</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="25" />
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="29" />
            <source>登记来访、查看今日来访、打印访客单</source>
            <translation>Register visits, view today's visits, print visitor slips</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="30" />
            <source>查询历年来访记录</source>
            <translation>Search visits of past years</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="31" />
            <source>查看完整的身份证号和电话</source>
            <translation>View full ID numbers and phones</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="32" />
            <source>打印和导出登记表、台账、报表</source>
            <translation>Print and export registers, ledgers and reports</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="33" />
            <source>登记和办理信访事项</source>
            <translation>Register and handle petition cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="34" />
            <source>查看全部信访事项</source>
            <translation>View all petition cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="35" />
            <source>查看本人包案和分管的事项</source>
            <translation>View own cases and areas</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="36" />
            <source>查看被反映人和举报内容</source>
            <translation>View the persons complained about and whistleblowing content</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="37" />
            <source>审阅和签批</source>
            <translation>Review and sign off</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="38" />
            <source>管理人员、领导小组、包组摸排、值班</source>
            <translation>Manage people, leadership group, group screening, duty</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="39" />
            <source>记录摸排、下访、跟进和纠纷化解进展</source>
            <translation>Record screenings, outreach visits, follow-ups and dispute progress</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="40" />
            <source>填写值班记录</source>
            <translation>Fill in duty logs</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="41" />
            <source>记录领导小组例会纪要</source>
            <translation>Record the leadership group's weekly meeting minutes</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="42" />
            <source>修改单位设置</source>
            <translation>Change unit settings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="43" />
            <source>管理用户和密码</source>
            <translation>Manage users and passwords</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="44" />
            <source>备份和恢复数据</source>
            <translation>Back up and restore data</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="45" />
            <source>查看审计日志</source>
            <translation>View the audit log</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/auth.py" line="137" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="26" />
            <source>自然日</source>
            <translation>Calendar days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="27" />
            <source>工作日</source>
            <translation>Working days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="90" />
            <source>书面告知期限</source>
            <translation>Written notice time limit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="91" />
            <source>转办异议期限</source>
            <translation>Time limit to object to a referral</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="92" />
            <source>办理期限</source>
            <translation>Handling time limit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="93" />
            <source>延期最多天数</source>
            <translation>Maximum extension (days)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="94" />
            <source>复查申请期限</source>
            <translation>Review request time limit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="95" />
            <source>复查答复期限</source>
            <translation>Review reply time limit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="96" />
            <source>复核申请期限</source>
            <translation>Re-review request time limit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="97" />
            <source>复核答复期限</source>
            <translation>Re-review reply time limit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="98" />
            <source>内部告知目标</source>
            <translation>Internal notice target</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="99" />
            <source>内部办结目标</source>
            <translation>Internal closing target</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_deadlines.py" line="100" />
            <source>提前提醒天数</source>
            <translation>Days of advance warning</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="24" />
            <source>已登记</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="25" />
            <source>已受理</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="26" />
            <source>不予受理</source>
            <translation>Not accepted</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="27" />
            <source>已转送</source>
            <translation>Referred</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="28" />
            <source>已交办</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="29" />
            <source>已答复</source>
            <translation>Replied</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="30" />
            <source>复查中</source>
            <translation>Under review</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="31" />
            <source>已复查</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="32" />
            <source>复核中</source>
            <translation>Under re-review</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="33" />
            <source>已复核</source>
            <translation>Re-reviewed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="34" />
            <source>已办结</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="35" />
            <source>已归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="39" />
            <source>登记</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="42" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="43" />
            <source>受理</source>
            <translation>Accept</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="45" />
            <source>转送其他机关</source>
            <translation>Refer to another body</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="46" />
            <source>交办</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="47" />
            <source>书面告知</source>
            <translation>Written notice</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="48" />
            <source>延期</source>
            <translation>Extend</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="49" />
            <source>听证开始</source>
            <translation>Hearing started</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="50" />
            <source>听证结束</source>
            <translation>Hearing ended</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="51" />
            <source>答复</source>
            <translation>Reply</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="52" />
            <source>申请复查</source>
            <translation>Review requested</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="53" />
            <source>复查答复</source>
            <translation>Review reply</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="54" />
            <source>申请复核</source>
            <translation>Re-review requested</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="55" />
            <source>复核答复</source>
            <translation>Re-review reply</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="56" />
            <source>办结</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="57" />
            <source>归档</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="94" />
            <source>不予受理理由</source>
            <translation>Reason for non-acceptance</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="94" />
            <source>应向何处反映</source>
            <translation>Where to petition instead</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="95" />
            <source>转送机关</source>
            <translation>Referred to</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="95" />
            <source>转送理由</source>
            <translation>Reason for referral</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="96" />
            <source>承办部门</source>
            <translation>Handling office</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="97" />
            <source>告知方式</source>
            <translation>Means of notice</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="98" />
            <source>批准人</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="98" />
            <source>延期理由</source>
            <translation>Reason for extension</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="100" />
            <source>信访请求</source>
            <translation>Request</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="101" />
            <source>查明事实</source>
            <translation>Facts found</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="102" />
            <source>理由</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="103" />
            <source>处理意见</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="104" />
            <source>依据</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="106" />
            <source>复查意见</source>
            <translation>Review decision</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="107" />
            <source>复核意见</source>
            <translation>Re-review decision</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="108" />
            <source>办理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="115" />
            <source>原处理机关</source>
            <translation>Original handling body</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="116" />
            <source>原处理意见书文号</source>
            <translation>Original decision's document no.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="117" />
            <source>原处理意见书日期</source>
            <translation>Original decision's date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="118" />
            <source>复查查明的事实</source>
            <translation>Facts found on review</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="123" />
            <source>满意</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="123" />
            <source>基本满意</source>
            <translation>Fairly satisfied</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_flow.py" line="123" />
            <source>不满意</source>
            <translation>Dissatisfied</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="29" />
            <source>受理告知书</source>
            <translation>Notice of acceptance</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="30" />
            <source>不予受理告知书</source>
            <translation>Notice of non-acceptance</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="31" />
            <source>转送告知书</source>
            <translation>Notice of referral</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="32" />
            <source>转送/交办单</source>
            <translation>Referral / assignment slip</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="33" />
            <source>督办单</source>
            <translation>Supervision slip</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="34" />
            <source>延期告知书</source>
            <translation>Notice of extension</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="35" />
            <source>信访处理意见书</source>
            <translation>Petition handling decision</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="36" />
            <source>复查意见书</source>
            <translation>Review decision document</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="99" />
            <source>信受〔{year}〕{seq}号</source>
            <translation>信受〔{year}〕{seq}号</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="100" />
            <source>信不受〔{year}〕{seq}号</source>
            <translation>信不受〔{year}〕{seq}号</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="101" />
            <source>信转告〔{year}〕{seq}号</source>
            <translation>信转告〔{year}〕{seq}号</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="102" />
            <source>信转办〔{year}〕{seq}号</source>
            <translation>信转办〔{year}〕{seq}号</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="103" />
            <source>信督〔{year}〕{seq}号</source>
            <translation>信督〔{year}〕{seq}号</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="104" />
            <source>信延〔{year}〕{seq}号</source>
            <translation>信延〔{year}〕{seq}号</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="105" />
            <source>信处〔{year}〕{seq}号</source>
            <translation>信处〔{year}〕{seq}号</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="106" />
            <source>信复查〔{year}〕{seq}号</source>
            <translation>信复查〔{year}〕{seq}号</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="109" />
            <source>直接送达</source>
            <translation>Direct service</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="109" />
            <source>邮寄送达</source>
            <translation>Service by post</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="109" />
            <source>留置送达</source>
            <translation>Service by leaving it</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="109" />
            <source>委托送达</source>
            <translation>Service by proxy</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/case_notices.py" line="109" />
            <source>电子送达</source>
            <translation>Electronic service</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="27" />
            <source>来信</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="28" />
            <source>来访</source>
            <translation>Visit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="29" />
            <source>来电</source>
            <translation>Call</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="30" />
            <source>网络</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="31" />
            <source>传真</source>
            <translation>Fax</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="32" />
            <source>上级转办/交办</source>
            <translation>Referral from above</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="239" />
            <source>编号格式</source>
            <translation>Number format</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="373" />
            <source>文件名</source>
            <translation>File name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="327" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="327" />
            <source>书面督办单</source>
            <translation>Written supervision slip</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="327" />
            <source>当面</source>
            <translation>In person</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/cases.py" line="327" />
            <source>会议</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="80" />
            <source>进展情况</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="18" />
            <source>化解中</source>
            <translation>Being resolved</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/disputes.py" line="19" />
            <source>已化解</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="16" />
            <source>书面</source>
            <translation>In writing</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="19" />
            <source>续报中</source>
            <translation>Follow-ups ongoing</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/info_reports.py" line="19" />
            <source>已终报</source>
            <translation>Final report made</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="88" />
            <source>分工</source>
            <translation>Duties</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="117" />
            <source>变动原因</source>
            <translation>Reason for the change</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="21" />
            <source>组长</source>
            <translation>Leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="21" />
            <source>副组长</source>
            <translation>Deputy leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/leadership.py" line="21" />
            <source>组员</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="188" />
            <source>审阅意见</source>
            <translation>Review comment</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="206" />
            <source>补充说明</source>
            <translation>Addendum</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="20" />
            <source>草稿</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="21" />
            <source>定稿</source>
            <translation>Finalize</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="22" />
            <source>已审签</source>
            <translation>Signed off</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="52" />
            <source>上周（上周一至上周日）</source>
            <translation>Last week (Monday to Sunday)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/meetings.py" line="53" />
            <source>本周（本周一至会议当天）</source>
            <translation>This week (Monday to the meeting day)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="46" />
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="47" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="72" />
            <source>约访人</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="73" />
            <source>约访事项</source>
            <translation>Matter</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="17" />
            <source>已预约</source>
            <translation>Booked</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="17" />
            <source>已到访</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/reception.py" line="17" />
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="260" />
            <source>周末</source>
            <translation>Weekend</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="261" />
            <source>节假日</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="262" />
            <source>敏感日</source>
            <translation>Sensitive day</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="370" />
            <source>重复排班</source>
            <translation>Double booking</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="371" />
            <source>请假/出差</source>
            <translation>Leave / away</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="372" />
            <source>连续夜班</source>
            <translation>Night shifts in a row</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="373" />
            <source>休息不足</source>
            <translation>Too little rest</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="374" />
            <source>不在该角色名单</source>
            <translation>Not on this role's list</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="375" />
            <source>不是校级领导</source>
            <translation>Not a school leader</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="735" />
            <source>事件</source>
            <translation>Events</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="738" />
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="238" />
            <source>事由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="752" />
            <source>记录内容</source>
            <translation>Entry</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="767" />
            <source>交接班事项</source>
            <translation>Handover</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="776" />
            <source>签名</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="134" />
            <source>角色名称</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="157" />
            <source>班次名称</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="186" />
            <source>敏感日名称</source>
            <translation>Sensitive day name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/rota.py" line="341" />
            <source>{years}的法定节假日和调休安排尚未公布或收录：元旦、劳动节、国庆节按法定日期排为节假日，春节、清明节、端午节、中秋节和调休上班日按周一至周五上班排班。请在“设置”中标记{years}的这些日子后再生成。</source>
            <translation>The statutory holidays and swapped working days of {years} are not yet published or included: New Year's Day, Labour Day and National Day are scheduled as holidays on their statutory dates, while Spring Festival, Qingming, Dragon Boat, Mid-Autumn and swapped working days are scheduled as Monday-to-Friday working days. Mark these days of {years} in Settings, then generate again.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="87" />
            <source>组名</source>
            <translation>Group name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="117" />
            <source>发现的问题</source>
            <translation>Issues found</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="19" />
            <source>年级组</source>
            <translation>Grade group</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="20" />
            <source>学科组</source>
            <translation>Subject group</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="21" />
            <source>科室</source>
            <translation>Office</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="42" />
            <source>低</source>
            <translation>Low</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="42" />
            <source>中</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="42" />
            <source>高</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="52" />
            <source>已记录</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="53" />
            <source>跟进中</source>
            <translation>Following up</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="54" />
            <source>已跟进</source>
            <translation>Followed up</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="55" />
            <source>已转矛盾纠纷</source>
            <translation>Turned into a dispute</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="56" />
            <source>已转信访事项</source>
            <translation>Turned into a petition case</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/screening.py" line="57" />
            <source>待转信访事项</source>
            <translation>Waiting to become a petition case</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/settings.py" line="43" />
            <source>单位名称</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/statistics.py" line="114" />
            <source>渠道</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/statistics.py" line="115" />
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/statistics.py" line="116" />
            <source>所属地区</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/statistics.py" line="117" />
            <source>包案领导</source>
            <translation>Case owner</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/statistics.py" line="234" />
            <source>按日</source>
            <translation>Daily</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/statistics.py" line="234" />
            <source>按周</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/statistics.py" line="234" />
            <source>按月</source>
            <translation>Monthly</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/statistics.py" line="427" />
            <source>占比按最大余数法修约到0.1%，各项之和恰为100.0%。</source>
            <translation>Shares are rounded to 0.1% by the largest remainder method, so they add up to exactly 100.0%.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/visits.py" line="37" />
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/visits.py" line="38" />
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/visits.py" line="190" />
            <source>作废原因</source>
            <translation>Reason for voiding</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="133" />
            <source>计划名称</source>
            <translation>Plan title</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="32" />
            <source>手动勾选完成</source>
            <translation>Ticked by hand</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="33" />
            <source>每周召开例会</source>
            <translation>Hold the weekly meeting every week</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="34" />
            <source>领导小组成员每月下访</source>
            <translation>Leadership group members make an outreach visit every month</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="35" />
            <source>包组摸排（每N天一次）</source>
            <translation>Group screening (every N days)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="36" />
            <source>24小时领导值班</source>
            <translation>24-hour leader on duty</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="37" />
            <source>每个上学日做好来访登记</source>
            <translation>Register visits on every school day</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="38" />
            <source>矛盾纠纷在时限内化解</source>
            <translation>Disputes resolved within their time limits</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="39" />
            <source>信访事项按期办结率达到目标</source>
            <translation>Petition cases' on-time closure rate reaches the target</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="56" />
            <source>已完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="57" />
            <source>进行中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="58" />
            <source>逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/work_plan.py" line="59" />
            <source>有缺项</source>
            <translation>Incomplete</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/workdays.py" line="59" />
            <source>法定节假日</source>
            <translation>Statutory holidays</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/domain/workdays.py" line="60" />
            <source>调休上班</source>
            <translation>Swapped working day</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/case_documents.py" line="256" />
            <source>更正原因</source>
            <translation>Reason for the correction</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/info_reports.py" line="327" />
            <source>事件类别</source>
            <translation>Incident type</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/info_reports.py" line="328" />
            <source>预案名称</source>
            <translation>Plan name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/meetings.py" line="54" />
            <source>新增来访（批次）</source>
            <translation>New visits (batches)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/meetings.py" line="55" />
            <source>新增来访（人次）</source>
            <translation>New visits (person-times)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/meetings.py" line="56" />
            <source>新增信访事项（件）</source>
            <translation>New petition cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/meetings.py" line="57" />
            <source>办结信访事项（件）</source>
            <translation>Petition cases closed</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/meetings.py" line="58" />
            <source>逾期未办结（件）</source>
            <translation>Overdue open cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/meetings.py" line="59" />
            <source>包组摸排发现问题（条）</source>
            <translation>Issues found in group screening</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/meetings.py" line="60" />
            <source>未化解矛盾纠纷（件）</source>
            <translation>Unresolved disputes</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/meetings.py" line="61" />
            <source>值班记录事项（条）</source>
            <translation>Duty log entries</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/permissions.py" line="28" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/permissions.py" line="29" />
            <source>领导只看本人包案的信访事项（visible_cases）</source>
            <translation>A leader sees own cases only (visible_cases)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/permissions.py" line="30" />
            <source>领导只看本人负责或参与的摸排、下访、纠纷（visible_disputes 等）</source>
            <translation>A leader sees only the screenings, outreach visits and disputes they lead or take part in (visible_disputes etc.)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/permissions.py" line="31" />
            <source>门卫只处理当天的来访登记（require_day_access）</source>
            <translation>The gate handles the day's visits only (require_day_access)</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/permissions.py" line="32" />
            <source>本人的账户</source>
            <translation>Own account</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/permissions.py" line="33" />
            <source>内部步骤：调用它的服务已检查权限，这里只记下是谁</source>
            <translation>Internal step: the calling service has checked the permission; this only records who it was</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/rota.py" line="587" />
            <source>值班表名称</source>
            <translation>Rota name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/visit_search.py" line="145" />
            <source>查询内容</source>
            <translation>Search text</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/watchlist.py" line="64" />
            <source>关注原因</source>
            <translation>Reason for watching</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/watchlist.py" line="66" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/services/workdays.py" line="67" />
            <source>节日名称</source>
            <translation>Holiday name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="32" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="32" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="32" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="32" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="32" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="32" />
            <source>对象</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="32" />
            <source>说明</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="114" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="114" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="114" />
            <source>上次登录</source>
            <translation>Last sign-in</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="29" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="29" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="29" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="85" />
            <source>文书</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="85" />
            <source>文号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/documents.py" line="85" />
            <source>印发日期</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="49" />
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="49" />
            <source>住址/单位</source>
            <translation>Address / unit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="49" />
            <source>代表</source>
            <translation>Representative</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="50" />
            <source>办理中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="51" />
            <source>已逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="52" />
            <source>即将到期</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="53" />
            <source>未书面告知</source>
            <translation>No written notice</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="54" />
            <source>超过 60 天未办结</source>
            <translation>Open over 60 days</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/table_model.py" line="23" />
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/table_model.py" line="24" />
            <source>收到日期</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/table_model.py" line="26" />
            <source>信访人</source>
            <translation>Petitioner</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/cases/table_model.py" line="32" />
            <source>下一期限</source>
            <translation>Next deadline</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="99" />
            <source>人数</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="99" />
            <source>到达</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="99" />
            <source>已在场</source>
            <translation>On site for</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="99" />
            <source>被访对象</source>
            <translation>Visiting</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/home/page.py" line="99" />
            <source>来访事由</source>
            <translation>Reason for the visit</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/action_items.py" line="29" />
            <source>落实事项</source>
            <translation>Action items</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/action_items.py" line="29" />
            <source>责任人</source>
            <translation>Responsible person</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/meetings/action_items.py" line="29" />
            <source>完成期限</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/models.py" line="13" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/models.py" line="13" />
            <source>星期</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/models.py" line="13" />
            <source>班次</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/models.py" line="120" />
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/models.py" line="120" />
            <source>夜班</source>
            <translation>Night shift</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/rota/models.py" line="120" />
            <source>小时</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/document_settings_box.py" line="29" />
            <source>上级主管部门</source>
            <translation>Supervising authority</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/document_settings_box.py" line="29" />
            <source>例如：枣庄市薛城区教育和体育局</source>
            <translation>e.g. Xuecheng District Education and Sports Bureau, Zaozhuang</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/document_settings_box.py" line="30" />
            <source>上级主管部门地址</source>
            <translation>Supervising authority's address</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/document_settings_box.py" line="31" />
            <source>上级主管部门电话</source>
            <translation>Supervising authority's phone</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/document_settings_box.py" line="32" />
            <source>例如：学校办公室</source>
            <translation>e.g. the school office</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/settings/document_settings_box.py" line="33" />
            <source>联系人</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="72" />
            <source>本周</source>
            <translation>This week</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="73" />
            <source>本月</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="74" />
            <source>本季度</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="75" />
            <source>本年</source>
            <translation>This year</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="76" />
            <source>自定义</source>
            <translation>Custom</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="78" />
            <source>件数</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="78" />
            <source>占比</source>
            <translation>Share</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="78" />
            <source>人次</source>
            <translation>Person-times</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="78" />
            <source>办结率</source>
            <translation>Closure rate</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="78" />
            <source>按期办结</source>
            <translation>Closed on time</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="78" />
            <source>按期办结率</source>
            <translation>On-time closure rate</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="521" />
            <source>周</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="521" />
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="51" />
            <source>来访时间</source>
            <translation>Arrived at</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="52" />
            <source>离开时间</source>
            <translation>Left at</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="54" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="58" />
            <source>单位/住址</source>
            <translation>Unit / address</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="61" />
            <source>接待对象</source>
            <translation>Received by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="62" />
            <source>登记人</source>
            <translation>Registered by</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="63" />
            <source>车牌号</source>
            <translation>Number plate</translation>
        </message>
        <message>
            <location filename="../../src/xinfang_desktop/ui/visits/table_model.py" line="64" />
            <source>处理结果</source>
            <translation>Outcome</translation>
        </message>
    </context>
</TS>
