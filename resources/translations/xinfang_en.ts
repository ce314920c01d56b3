<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="57"/>
        <source>指定负责领导：{group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="59"/>
        <source>负责领导*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="63"/>
        <source>指定日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="83"/>
        <source>更换负责领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="84"/>
        <source>{group}本届已由{name}负责，改由新选的领导负责吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="45"/>
        <source>用户姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="47"/>
        <source>全部操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="50"/>
        <source>查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="52"/>
        <source>检查完整性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="54"/>
        <source>打印摘录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="58"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="68"/>
        <source>审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="114"/>
        <source>全部 {n} 条记录的校验链完整，未发现改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="119"/>
        <source>第 {id} 条起校验链断开：日志可能被修改或删除，请核查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="129"/>
        <source>结束日期不能早于开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/audit_page.py" line="141"/>
        <source>审计日志摘录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="39"/>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="40"/>
        <source>备份到U盘或文件夹…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="41"/>
        <source>检查所选备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="42"/>
        <source>从所选备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="43"/>
        <source>从备份文件恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="48"/>
        <source>数据备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="51"/>
        <source>程序每天和每次退出时自动备份（保留最近 7 天和 4 周），备份在：{folder}。建议每周另外备份到U盘，存放在别处。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="67"/>
        <source>自动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="67"/>
        <source>手动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="77"/>
        <source>请先在列表中选中一个备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="97"/>
        <source>操作失败：{e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="108"/>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="119"/>
        <source>正在备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="112"/>
        <source>选择U盘或文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="124"/>
        <source>已备份并检查通过：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="135"/>
        <source>备份有问题：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="138"/>
        <source>备份检查通过，可以用来恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="140"/>
        <source>正在检查…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="148"/>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="148"/>
        <source>备份 (*.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="154"/>
        <source>用备份“{name}”替换现在的全部数据？
现在的数据会另存一份，不会删除。恢复后需要重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="157"/>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="167"/>
        <source>恢复数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="164"/>
        <source>已从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="166"/>
        <source>恢复前的数据另存为：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/backup/page.py" line="167"/>
        <source>
请重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseAttentionPanel</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="21"/>
        <source>信访事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="38"/>
        <source>已逾期 {n} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="39"/>
        <source>{days} 天内到期 {{n}} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="40"/>
        <source>未书面告知 {n} 件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="66"/>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="275"/>
        <source>新信访事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="83"/>
        <source>添加信访人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="98"/>
        <source>保密：不打印在发给被反映方的文书上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="111"/>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="112"/>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="113"/>
        <source>转办/交办机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="114"/>
        <source>转办文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="115"/>
        <source>信访人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="116"/>
        <source>人数（人次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="117"/>
        <source>信访请求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="118"/>
        <source>事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="119"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="120"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="121"/>
        <source>所属地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="122"/>
        <source>被反映人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="123"/>
        <source>被反映部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="124"/>
        <source>包案领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="125"/>
        <source>承办部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="126"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="134"/>
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="136"/>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="181"/>
        <source>（未指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="288"/>
        <source>新信访事项（来自包组摸排发现）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="290"/>
        <source>新信访事项（来自来访登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="302"/>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="352"/>
        <source>信访事项 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="305"/>
        <source>重信重访：前次为 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="322"/>
        <source>此信访人或事项此前有 {n} 件：{numbers}（保存后自动关联为重信重访）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="346"/>
        <source>没有保存：请按红字修改后再保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="354"/>
        <source>，已关联前次 {n}（重信重访）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/form.py" line="359"/>
        <source>已保存 {number}{note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSettingsBox</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="46"/>
        <source>信访事项设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="51"/>
        <source>编号、类别与期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="52"/>
        <source>节假日与调休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="65"/>
        <source>每行一项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="74"/>
        <source>编号格式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="75"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="76"/>
        <source>所属地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="84"/>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="100"/>
        <source>恢复国家规定的期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="102"/>
        <source>保存信访事项设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="105"/>
        <source>内部目标填 0 表示不设</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="167"/>
        <source>已保存；办理中信访事项的期限已按新设置重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="175"/>
        <source>没有保存：请按红字修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="183"/>
        <source>每行一天：日期 节日名称，例如
2027-01-01 元旦</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="185"/>
        <source>每行一天：调休上班的周末，例如
2027-02-06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="192"/>
        <source>放假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="193"/>
        <source>调休上班日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="194"/>
        <source>保存节假日标记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="202"/>
        <source>程序已包含 {year} 年的法定节假日；这里的标记用于更正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="205"/>
        <source>程序还不知道 {year} 年的法定节假日和调休安排：国务院公布后请在这里标记，否则该年的工作日期限按周一至周五计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/settings_box.py" line="264"/>
        <source>已保存节假日标记；办理中信访事项的期限已重新计算。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="75"/>
        <source>搜索 编号 / 信访人 / 请求 / 承办部门 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="112"/>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="113"/>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="115"/>
        <source>新建 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="117"/>
        <source>重信重访链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="122"/>
        <source>打印文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="131"/>
        <source>打印台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="133"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="135"/>
        <source>导入旧台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="147"/>
        <source>台账期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="149"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="200"/>
        <source>全部包案领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="223"/>
        <source>共 {count} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="307"/>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="323"/>
        <source>请先选中一件信访事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="316"/>
        <source>同一信访人/事项共 {n} 件：{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="356"/>
        <source>信访事项登记台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="365"/>
        <source>导出信访事项登记台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="367"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="381"/>
        <source>已导出：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="391"/>
        <source>已导入 {n} 件信访事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="400"/>
        <source>正在生成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/page.py" line="410"/>
        <source>操作失败：{e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="160"/>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="163"/>
        <source>这是管理员设置的临时密码，请先改成只有您知道的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="166"/>
        <source>至少 {n} 位，含字母、数字、符号中的两类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="169"/>
        <source>原密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="170"/>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="171"/>
        <source>确认新密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="48"/>
        <source>矛盾纠纷登记（五个一）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="51"/>
        <source>排查日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="53"/>
        <source>纠纷事项*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="54"/>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="55"/>
        <source>化解班子*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="57"/>
        <source>责任人*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="59"/>
        <source>化解方案*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="60"/>
        <source>化解时限*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="61"/>
        <source>风险等级*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="62"/>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="65"/>
        <source>风险评估</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputesTab</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="148"/>
        <source>只看未化解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="153"/>
        <source>排查日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="154"/>
        <source>纠纷事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="155"/>
        <source>责任人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="156"/>
        <source>化解班子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="157"/>
        <source>化解时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="158"/>
        <source>风险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="159"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="160"/>
        <source>最新进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="163"/>
        <source>登记纠纷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="165"/>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="167"/>
        <source>记录进展…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="169"/>
        <source>打印台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="206"/>
        <source>（逾期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="229"/>
        <source>已登记矛盾纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="235"/>
        <source>请先在台账中选中一条纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="241"/>
        <source>已保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="254"/>
        <source>已记录进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="268"/>
        <source>矛盾纠纷排查化解台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="269"/>
        <source>矛盾纠纷排查化解台账.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyLogDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="170"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="170"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="170"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="170"/>
        <source>记录人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="181"/>
        <source>事件、来电内容、处理情况…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="183"/>
        <source>添加记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="193"/>
        <source>关联选中的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="197"/>
        <source>已关联的来访登记和信访事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="200"/>
        <source>本班时段内的来访登记和信访事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="206"/>
        <source>交接班事项：未办结的事、需要下一班注意的事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="210"/>
        <source>值班人员签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="212"/>
        <source>保存交接事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="214"/>
        <source>签字确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="216"/>
        <source>打印值班记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="253"/>
        <source>值班记录 {d} {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="255"/>
        <source>{start} 至 {end}&#x3000;{people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="303"/>
        <source>{name} 已于 {when} 签字确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="370"/>
        <source>交接事项已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="383"/>
        <source>值班记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="99"/>
        <source>设置管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="104"/>
        <source>第一次使用，请先设置管理员账号。管理员可以添加门卫、信访员、领导等用户，并负责备份数据。请牢记密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="111"/>
        <source>例如：刘主任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="112"/>
        <source>至少 {n} 位，含字母、数字、符号中的两类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="115"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="116"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="117"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="118"/>
        <source>确认密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="169"/>
        <source>指定跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="172"/>
        <source>跟进责任人*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="176"/>
        <source>跟进期限*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="62"/>
        <source>生成值班表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="65"/>
        <source>{y}年{m}月值班表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="72"/>
        <source>换一个数字，排出另一种同样公平的安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="81"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="82"/>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="83"/>
        <source>结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="84"/>
        <source>排班方案编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="88"/>
        <source>生成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="167"/>
        <source>成立/换届…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="169"/>
        <source>修改决定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="171"/>
        <source>显示变动记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="178"/>
        <source>小组职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="179"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="180"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="181"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="182"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="183"/>
        <source>起始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="184"/>
        <source>截止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="185"/>
        <source>分工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="188"/>
        <source>添加成员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="190"/>
        <source>调整职务/分工…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="192"/>
        <source>移出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="194"/>
        <source>打印名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="196"/>
        <source>打印分工表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="201"/>
        <source>届次：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="235"/>
        <source>（已结束）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="235"/>
        <source>（现任）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="241"/>
        <source>尚未成立领导小组：点“成立/换届…”录入行政会的决定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="263"/>
        <source>成立：{day}&#x3000;{meeting}&#x3000;文号：{number}{ended}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="266"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="267"/>
        <source>&#x3000;结束：{d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="301"/>
        <source>请先在表中选中一位成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="303"/>
        <source>这是已结束的变动记录，请选中现任的那一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="318"/>
        <source>已成立新一届领导小组，请添加成员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="326"/>
        <source>已修改成立决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="338"/>
        <source>已添加 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="348"/>
        <source>已调整 {name} 的职务或分工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="356"/>
        <source>{name} 已移出领导小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="371"/>
        <source>领导小组名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="372"/>
        <source>领导小组名单.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="384"/>
        <source>成员分工表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="385"/>
        <source>领导小组分工表.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="68"/>
        <source>修改记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="71"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="72"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="73"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="74"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="75"/>
        <source>原内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="76"/>
        <source>新内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCasesDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="32"/>
        <source>导入信访台账（Excel）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="41"/>
        <source>尚未选择文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="42"/>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="45"/>
        <source>表格中的列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="45"/>
        <source>对应字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="49"/>
        <source>检查（不写入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="51"/>
        <source>全部导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="53"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="65"/>
        <source>第 1 步：核对每一列对应的字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="68"/>
        <source>第 2 步：检查结果（有问题的行全部列出，改正后再导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="80"/>
        <source>选择信访台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="80"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="96"/>
        <source>{path}（{n} 行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="102"/>
        <source>（不导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="137"/>
        <source>第 {row} 行：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="141"/>
        <source>检查通过：{n} 行都可以导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="147"/>
        <source>有 {rows} 行不能导入（共 {n} 处问题）；改正 Excel 后重新选择文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="159"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="163"/>
        <source>已导入 {n} 件信访事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/import_dialog.py" line="170"/>
        <source>没有导入任何一行：{m}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadershipPage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/page.py" line="25"/>
        <source>领导小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/page.py" line="26"/>
        <source>包组摸排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/page.py" line="27"/>
        <source>下访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/page.py" line="28"/>
        <source>矛盾纠纷</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadershipPanel</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/home_panel.py" line="21"/>
        <source>矛盾纠纷与包组摸排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/home_panel.py" line="36"/>
        <source>逾期纠纷：{matter}（时限 {day}，责任人 {name}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/home_panel.py" line="45"/>
        <source>逾期跟进：{group} {day} 摸排发现（{name}，期限 {due}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/home_panel.py" line="54"/>
        <source>逾期跟进：下访“{who}”（{name}，期限 {due}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/home_panel.py" line="69"/>
        <source>未按期摸排：{groups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/home_panel.py" line="75"/>
        <source>没有逾期的纠纷和跟进，各组均按期摸排。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeftDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="45"/>
        <source>离岗：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="47"/>
        <source>离岗日期*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="50"/>
        <source>信访台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="58"/>
        <source>正在打开数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="76"/>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="80"/>
        <source>退出登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="150"/>
        <source>首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="152"/>
        <source>来访登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="154"/>
        <source>信访事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="161"/>
        <source>领导小组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="164"/>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="173"/>
        <source>值班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="180"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="184"/>
        <source>例会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="187"/>
        <source>用户管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="189"/>
        <source>审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="191"/>
        <source>数据备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="194"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="231"/>
        <source>数据库：{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="233"/>
        <source>{name}（{role}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="252"/>
        <source>欢迎使用信访台账。请先填写单位名称，再开始来访登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="264"/>
        <source>密码已修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="305"/>
        <source>未设置单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="306"/>
        <source>信访台账 — {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="327"/>
        <source>在场来访：{batches} 批 {persons} 人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="113"/>
        <source>会议日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="117"/>
        <source>本周数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="131"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="131"/>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="437"/>
        <source>出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="131"/>
        <source>缺席原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="147"/>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="193"/>
        <source>落实事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="147"/>
        <source>责任人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="147"/>
        <source>完成期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="147"/>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="463"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="151"/>
        <source>添加落实事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="154"/>
        <source>本周无新问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="156"/>
        <source>讨论情况和决定事项填为“本周无新问题”，并清空落实事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="159"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="161"/>
        <source>定稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="162"/>
        <source>保存并定稿，交校长审签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="164"/>
        <source>打印纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="184"/>
        <source>出席情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="186"/>
        <source>议程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="188"/>
        <source>讨论情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="190"/>
        <source>决定事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="235"/>
        <source>审签与补充说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="245"/>
        <source>纪要已审签，不能修改；更正或补充请写在这里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="247"/>
        <source>追加补充说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="260"/>
        <source>校长审签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="264"/>
        <source>审阅意见（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="266"/>
        <source>审签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="283"/>
        <source>从左侧选择一份例会记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="347"/>
        <source>新建例会记录（尚未保存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="350"/>
        <source>例会记录 {day} · {status} · 记录人 {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="372"/>
        <source>审阅意见：{comment}
审签人：{who}    审签时间：{when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="373"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="380"/>
        <source>补充说明（{when}，{who}）：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="387"/>
        <source>暂无补充说明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="421"/>
        <source>本周数据（{start} 至 {end}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="441"/>
        <source>缺席时写明原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="466"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="501"/>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="553"/>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="569"/>
        <source>已保存，但没有定稿：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="571"/>
        <source>已定稿，等待校长审签。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="590"/>
        <source>已审签。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="605"/>
        <source>已追加补充说明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="637"/>
        <source>这份纪要刚被别人修改过，您的修改没有保存。填写的内容仍在：请复制需要保留的文字，再从左侧重新打开这份纪要。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="679"/>
        <source>没有保存：有 {n} 处需要修改，见下方红字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="694"/>
        <source>{name}：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/form.py" line="701"/>
        <source>第{n}项：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingReviewPanel</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/home_panel.py" line="20"/>
        <source>例会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/home_panel.py" line="38"/>
        <source>待审签例会记录 {n} 份：{days}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/home_panel.py" line="43"/>
        <source>没有待审签的例会记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/home_panel.py" line="52"/>
        <source>本周（{day} 周一）的例会记录尚未建立。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="86"/>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="113"/>
        <source>会议日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="86"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="86"/>
        <source>审签人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="92"/>
        <source>新建例会记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="99"/>
        <source>打印季度汇编</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="108"/>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="264"/>
        <source>例会记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="113"/>
        <source>记录人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="119"/>
        <source>待审签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="122"/>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="199"/>
        <source>例会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="173"/>
        <source>待审签（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="187"/>
        <source>这份纪要已在别处更新（现为{status}），保存前请先复制您填写的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="200"/>
        <source>当前纪要有未保存的修改，打开其他记录将放弃这些修改。是否继续？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="217"/>
        <source>{day} 已有一份例会记录，可在左侧打开；继续保存将另建一份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="274"/>
        <source>例会记录汇编</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="279"/>
        <source>正在生成{t}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/meetings/page.py" line="287"/>
        <source>打印失败：{e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="87"/>
        <source>调整职务或分工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="87"/>
        <source>添加成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="90"/>
        <source>成员*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="91"/>
        <source>小组职务*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="94"/>
        <source>分工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="97"/>
        <source>变动日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="97"/>
        <source>加入日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="108"/>
        <source>空着表示自成立之日起</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="114"/>
        <source>化解进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="116"/>
        <source>日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="117"/>
        <source>进展情况*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/disputes_tab.py" line="119"/>
        <source>已化解（以此日期为化解日期）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="49"/>
        <source>登记下访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="52"/>
        <source>下访日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="55"/>
        <source>下访领导*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="57"/>
        <source>下访对象*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="58"/>
        <source>例如：三年级留守儿童家庭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="59"/>
        <source>反映事项*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="60"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="61"/>
        <source>后续跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="67"/>
        <source>跟进责任人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="68"/>
        <source>（不需要跟进）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="70"/>
        <source>跟进期限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="106"/>
        <source>下访日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="107"/>
        <source>下访领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="108"/>
        <source>下访对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="109"/>
        <source>反映事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="110"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="111"/>
        <source>跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="117"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="118"/>
        <source>小组职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="119"/>
        <source>本月下访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="120"/>
        <source>最近一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="121"/>
        <source>情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="124"/>
        <source>登记下访…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="126"/>
        <source>跟进完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="128"/>
        <source>打印本月下访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="130"/>
        <source>打印下访情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="136"/>
        <source>月份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="138"/>
        <source>年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="140"/>
        <source>月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="142"/>
        <source>下访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="151"/>
        <source>每月下访一次：领导小组成员完成情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="203"/>
        <source>（已完成）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="220"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="220"/>
        <source>未下访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="229"/>
        <source>本月未下访：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="231"/>
        <source>本月领导小组成员均已下访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="263"/>
        <source>已登记下访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="268"/>
        <source>请先选中一条下访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="284"/>
        <source>跟进已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="294"/>
        <source>领导干部下访记录表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="295"/>
        <source>下访记录{m}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="305"/>
        <source>每月下访情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/outreach_tab.py" line="306"/>
        <source>下访情况{m}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerSupervisionPanel</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="59"/>
        <source>领导包案督办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="62"/>
        <source>没有办理中的信访事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="74"/>
        <source>{owner}：办理中 {open} 件，逾期 {late} 件，超过 60 天 {long} 件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="39"/>
        <source>共 {pages} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="41"/>
        <source>打印… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="43"/>
        <source>另存为 PDF… (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="45"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="64"/>
        <source>另存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="64"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="72"/>
        <source>保存失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/print_preview.py" line="72"/>
        <source>无法写入文件：{e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingFindingsPanel</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="101"/>
        <source>摸排发现待转信访事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="108"/>
        <source>没有待转的摸排发现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/home_panel.py" line="119"/>
        <source>{day} {group}：{text}（{who}申请转）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="70"/>
        <source>显示已离岗人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="75"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="76"/>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="101"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="77"/>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="102"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="78"/>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="103"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="79"/>
        <source>校级领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="80"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="81"/>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="105"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="91"/>
        <source>校级领导（可任领导小组成员、包组、带班）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="100"/>
        <source>姓名*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="106"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="109"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="111"/>
        <source>离岗…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="113"/>
        <source>人员信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="123"/>
        <source>从 Excel 导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="125"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="127"/>
        <source>打印名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="173"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="174"/>
        <source>{d} 离岗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="176"/>
        <source>在岗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="244"/>
        <source>已保存 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="249"/>
        <source>请先在表中选中一位在岗人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="256"/>
        <source>{name} 已离岗，原有记录保留</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="276"/>
        <source>操作失败：{e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="287"/>
        <source>导入人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="287"/>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="310"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="296"/>
        <source>导入完成：新增 {a} 人，更新 {u} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="305"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="310"/>
        <source>导出人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="318"/>
        <source>已导出 {n} 人：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="320"/>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="330"/>
        <source>教职工名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/people/page.py" line="331"/>
        <source>教职工名册.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/common.py" line="74"/>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/common.py" line="250"/>
        <source>正在生成{t}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/common.py" line="264"/>
        <source>生成失败：{e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveMemberDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="137"/>
        <source>移出领导小组：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="140"/>
        <source>移出日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="142"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="143"/>
        <source>例如：工作调动</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="96"/>
        <source>重置密码：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="98"/>
        <source>设置一个临时密码告诉本人；本人下次登录时必须改掉它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="102"/>
        <source>临时密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="103"/>
        <source>确认密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaPage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="75"/>
        <source>生成值班表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="76"/>
        <source>更换人员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="77"/>
        <source>调班（交换两格）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="78"/>
        <source>发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="79"/>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="441"/>
        <source>删除草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="80"/>
        <source>值班记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="81"/>
        <source>值班设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="82"/>
        <source>打印月表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="83"/>
        <source>打印周表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="84"/>
        <source>打印本表（节假日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="85"/>
        <source>打印个人值班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="86"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="89"/>
        <source>值班表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="138"/>
        <source>公平性（每人值班次数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="141"/>
        <source>发布后的调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="171"/>
        <source>已发布第{n}版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="173"/>
        <source>草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="222"/>
        <source>还没有值班表，点“生成值班表…”开始。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="230"/>
        <source>{role}最多与最少相差 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="236"/>
        <source>{day} {shift} {role}：{before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="240"/>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="241"/>
        <source>空缺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="245"/>
        <source>{start} 至 {end}，共 {n} 班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="249"/>
        <source>；{n} 个位置无人值班（红色）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="251"/>
        <source>；{n} 处安排的人员在请假/出差（橙色），请调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="284"/>
        <source>正在生成值班表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="295"/>
        <source>已生成“{name}”（草稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="298"/>
        <source>有 {n} 个位置排不上人（人手不足或都在请假），请手工安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="335"/>
        <source>请先在表中选中一个值班位置（一格）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="348"/>
        <source>{label}（不在名单）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="350"/>
        <source>安排{role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="371"/>
        <source>调班：请按住 Ctrl 在表中选中要互换的两格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="392"/>
        <source>不能这样安排：{t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="394"/>
        <source>这样安排会打破排班规则：
{t}
仍要这样安排吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="395"/>
        <source>排班规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="406"/>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="427"/>
        <source>已发布第 {n} 版；之后的调整会在右侧列出并在打印时注明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="441"/>
        <source>删除草稿“{name}”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="451"/>
        <source>草稿已删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="459"/>
        <source>请先在表中选中一个班次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="487"/>
        <source>{y}年{m}月值班表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="498"/>
        <source>周值班表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="521"/>
        <source>请先在表中选中此人值班的一格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="533"/>
        <source>{name}的值班安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="559"/>
        <source>导出值班表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="559"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="572"/>
        <source>已导出：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/page.py" line="595"/>
        <source>操作失败：{e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaSettingsBox</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="57"/>
        <source>值班设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="60"/>
        <source>轮值名单、班次、规则、敏感日、请假…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="63"/>
        <source>带班领导、值班人员、门卫的轮值名单和排班规则</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaSettingsDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="73"/>
        <source>值班设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="79"/>
        <source>轮值名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="80"/>
        <source>角色、班次与规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="81"/>
        <source>请假/出差</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="99"/>
        <source>保存轮值名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="102"/>
        <source>勾选参加轮值的人员；带班领导只列出校级领导。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="112"/>
        <source>角色名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="112"/>
        <source>每班人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="112"/>
        <source>敏感日人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="112"/>
        <source>仅校级领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="117"/>
        <source>班次名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="118"/>
        <source>开始时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="119"/>
        <source>时长（小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="120"/>
        <source>工作日排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="121"/>
        <source>休息日/节假日排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="125"/>
        <source>日期（2026-12-13）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="125"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="130"/>
        <source>添加角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="132"/>
        <source>添加班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="134"/>
        <source>删除选中的角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="136"/>
        <source>删除选中的班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="138"/>
        <source>添加敏感日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="140"/>
        <source>删除选中的敏感日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="148"/>
        <source>不连续两晚值夜班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="149"/>
        <source> 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="158"/>
        <source>保存角色、班次与规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="169"/>
        <source>两班之间至少休息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="171"/>
        <source>敏感日（重要会议、纪念日）：全天值班并加强人手</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="199"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="199"/>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="199"/>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="199"/>
        <source>事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="211"/>
        <source>病假、出差、培训…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="218"/>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="219"/>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="220"/>
        <source>结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="221"/>
        <source>事由*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="222"/>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="224"/>
        <source>取消选中的请假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="356"/>
        <source>有些内容需要修改，见红字提示。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="378"/>
        <source>轮值名单已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="452"/>
        <source>角色、班次与规则已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="465"/>
        <source>请选择人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/settings_widget.py" line="482"/>
        <source>已登记；已生成的值班表不会自动改动，请检查</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="111"/>
        <source>登记摸排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="114"/>
        <source>摸排日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="116"/>
        <source>组别*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="121"/>
        <source>摸排人*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="124"/>
        <source>无新问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="126"/>
        <source>发现的问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="129"/>
        <source>风险等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="130"/>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="135"/>
        <source>跟进责任人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="136"/>
        <source>（不需要跟进）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="138"/>
        <source>跟进期限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningSettingsBox</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="32"/>
        <source>包组摸排：组别与摸排周期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="36"/>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="37"/>
        <source>每 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="38"/>
        <source>保存周期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="40"/>
        <source>组名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="40"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="43"/>
        <source>新组名，例如：科学组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="48"/>
        <source>添加组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="50"/>
        <source>停用选中的组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="52"/>
        <source>从 Excel 导入组别…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="54"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="103"/>
        <source>摸排周期已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="116"/>
        <source>已添加组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="122"/>
        <source>请先选中一个组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="138"/>
        <source>已停用{name}（原有记录保留）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="162"/>
        <source>导入组别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="162"/>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="180"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="171"/>
        <source>导入完成：新增 {a} 个组，更新 {u} 个组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="180"/>
        <source>导出组别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="180"/>
        <source>包组摸排组别.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/settings_box.py" line="188"/>
        <source>已导出 {n} 个组：{p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="210"/>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="232"/>
        <source>组别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="211"/>
        <source>负责领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="212"/>
        <source>最近摸排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="213"/>
        <source>应摸排日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="214"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="217"/>
        <source>指定负责领导…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="219"/>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="427"/>
        <source>取消指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="221"/>
        <source>登记摸排…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="223"/>
        <source>打印包组分工表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="225"/>
        <source>打印摸排情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="231"/>
        <source>摸排日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="233"/>
        <source>摸排人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="234"/>
        <source>风险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="235"/>
        <source>处理情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="236"/>
        <source>跟进人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="237"/>
        <source>跟进期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="238"/>
        <source>发现的问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="241"/>
        <source>指定跟进…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="243"/>
        <source>跟进完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="245"/>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="515"/>
        <source>转为信访事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="247"/>
        <source>转为矛盾纠纷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="249"/>
        <source>打印摸排记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="254"/>
        <source>届次：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="257"/>
        <source>包组分工与摸排情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="268"/>
        <source>摸排记录（本届）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="302"/>
        <source>摸排周期：每 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="327"/>
        <source>请先在“领导小组”中成立领导小组，再分配包组。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="332"/>
        <source>请先在“领导小组”中成立</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="352"/>
        <source>（未指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="353"/>
        <source>未摸排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="355"/>
        <source>逾期未摸排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="355"/>
        <source>按期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="399"/>
        <source>请先在上表中选中一个组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="403"/>
        <source>本届领导小组还没有成员，请先添加成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="413"/>
        <source>{group}由{name}负责</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="423"/>
        <source>请先在上表中选中一个已指定领导的组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="428"/>
        <source>取消{name}对{group}的包组吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="441"/>
        <source>已取消{group}的负责领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="464"/>
        <source>已登记{group}的摸排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="472"/>
        <source>请先在摸排记录中选中一条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="506"/>
        <source>跟进已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="516"/>
        <source>把{group}{day}的摸排发现转为信访事项登记吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="539"/>
        <source>已转为信访事项（待登记），信访事项登记时会列出这一条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="552"/>
        <source>这条摸排无新问题或已转出，不能再转为矛盾纠纷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="558"/>
        <source>已转为矛盾纠纷，见“矛盾纠纷”台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="572"/>
        <source>包组摸排责任分工表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="573"/>
        <source>包组摸排责任分工表.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="585"/>
        <source>包组摸排情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="586"/>
        <source>包组摸排情况.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="599"/>
        <source>包组摸排记录表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/screening_tab.py" line="600"/>
        <source>包组摸排记录表.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="136"/>
        <source>（空缺）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/rota/dialogs.py" line="147"/>
        <source>值班人员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/common.py" line="126"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/common.py" line="127"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="50"/>
        <source>例如：邹坞镇中心小学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="56"/>
        <source>每行一项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="65"/>
        <source>单位名称*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="66"/>
        <source>来访类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="67"/>
        <source>可接待的部门和人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="68"/>
        <source>门卫人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="69"/>
        <source>保存设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="71"/>
        <source>单位设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="77"/>
        <source>关注名单（登记时遇到名单上的人会醒目提示）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="81"/>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="102"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="82"/>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="103"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="83"/>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="104"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="84"/>
        <source>关注原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="85"/>
        <source>加入时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="105"/>
        <source>关注原因*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="106"/>
        <source>加入关注名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="108"/>
        <source>移出名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="146"/>
        <source>数据库：{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="163"/>
        <source>设置没有保存，请按红字提示改正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="168"/>
        <source>设置已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="209"/>
        <source>已加入关注名单。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="214"/>
        <source>请先选中名单中的一行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="218"/>
        <source>移出关注名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="218"/>
        <source>确定把“{n}”移出关注名单吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="132"/>
        <source>登录信访台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="142"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="143"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="144"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/dialogs.py" line="145"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="92"/>
        <source>按{d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="93"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="97"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="99"/>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="105"/>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="294"/>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="310"/>
        <source>信访统计表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="100"/>
        <source>信访工作分析报告（含图表）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="101"/>
        <source>年度统计表（年度信访工作报告用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="103"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="106"/>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="325"/>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="342"/>
        <source>信访工作分析报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="107"/>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="357"/>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="371"/>
        <source>年度统计表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="115"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="128"/>
        <source>分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="135"/>
        <source>柱状图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="136"/>
        <source>饼图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="137"/>
        <source>走势</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="152"/>
        <source>信访统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="177"/>
        <source>结束日期不能早于开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="203"/>
        <source>{period}：来访登记 {vb} 批 {vp} 人次；信访事项 {c} 件 {cp} 人次，办结 {closed} 件，办结率 {rate}，按期办结率 {on_time}；重信重访 {rep} 件（{share}）。环比 {prev}，同比 {year}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="255"/>
        <source>操作失败：{e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="265"/>
        <source>正在生成{t}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="270"/>
        <source>导出{t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="272"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="278"/>
        <source>已导出：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="279"/>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="377"/>
        <source>件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="378"/>
        <source>办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="388"/>
        <source>按{d}统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="409"/>
        <source>各{d}所占比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="410"/>
        <source>{t}（本期无数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="418"/>
        <source>信访事项（件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="420"/>
        <source>来访（批次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/statistics/page.py" line="444"/>
        <source>{p}走势（{s}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="66"/>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="73"/>
        <source>督办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="78"/>
        <source>添加附件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="82"/>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="84"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="93"/>
        <source>办理经过与督办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="96"/>
        <source>附件（扫描件、照片；双击打开）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="112"/>
        <source>请先保存或选中一件信访事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="122"/>
        <source>状态：{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="123"/>
        <source>下一期限：{kind} {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="125"/>
        <source>下一期限：无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="126"/>
        <source>书面告知：{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="129"/>
        <source>内部目标：{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="132"/>
        <source>听证中（自 {day} 起停止计时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="151"/>
        <source>{when} {who} 修改{field}：{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="161"/>
        <source>{day} 督办（{method}）{by} → {to}：{response}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="166"/>
        <source>待反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="192"/>
        <source>延长天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="195"/>
        <source>（不变）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="201"/>
        <source>包案领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="202"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="250"/>
        <source>没有办理：请按红字修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="259"/>
        <source>已{step}：{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="278"/>
        <source>{name}（{kb} KB，{who} {when}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="294"/>
        <source>添加附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="295"/>
        <source>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.tif);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="308"/>
        <source>已添加附件：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="341"/>
        <source>已记录督办</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="46"/>
        <source>修改成立决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="46"/>
        <source>成立领导小组（换届）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="51"/>
        <source>成立日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="54"/>
        <source>决定会议*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="55"/>
        <source>例如：2026年第5次行政会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="56"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/leadership/group_tab.py" line="57"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayVisitsPanel</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/home/page.py" line="65"/>
        <source>今日来访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/home/page.py" line="78"/>
        <source>登记 {batches} 批 {persons} 人次，其中集体访 {groups} 批；在场 {here_b} 批 {here_p} 人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgingDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="349"/>
        <source>督办 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="364"/>
        <source>督办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="365"/>
        <source>督办方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="366"/>
        <source>督办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="367"/>
        <source>被督办部门/人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/cases/steps.py" line="368"/>
        <source>办理反馈</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="33"/>
        <source>新建用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="33"/>
        <source>修改用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="46"/>
        <source>（不关联）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="55"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="56"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="57"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="58"/>
        <source>对应人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="60"/>
        <source>临时密码，至少 {n} 位；首次登录时须修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="63"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="64"/>
        <source>确认密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="124"/>
        <source>新建用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="125"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="126"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="127"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="132"/>
        <source>用户管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="136"/>
        <source>门卫：登记来访、今日名单、访客单；信访员：信访事项、台账和报表；领导：本人包案和分管的事项，审阅签批；校长、管理员：全部功能。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="157"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="159"/>
        <source>锁定至 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="161"/>
        <source>待修改临时密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="163"/>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="173"/>
        <source>请先在列表中选中一个用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="182"/>
        <source>已新建用户 {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="199"/>
        <source>已重置 {u} 的密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="205"/>
        <source>停用用户“{name}”？停用后不能登录，记录仍保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/users_page.py" line="208"/>
        <source>停用用户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="88"/>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="244"/>
        <source>新来访登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="97"/>
        <source>现在 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="102"/>
        <source>姓名，或拼音首字母如 zs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="107"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="108"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="109"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="111"/>
        <source>手机或座机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="114"/>
        <source>可不填；18 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="118"/>
        <source>集体访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="130"/>
        <source>来访事由（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="136"/>
        <source>被访部门或人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="140"/>
        <source>如 鲁D12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="149"/>
        <source>来访时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="150"/>
        <source>姓名*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="151"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="152"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="153"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="154"/>
        <source>人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="155"/>
        <source>单位/住址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="156"/>
        <source>来访事由*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="157"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="158"/>
        <source>接待对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="159"/>
        <source>登记人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="160"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="161"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="162"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="172"/>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="245"/>
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="175"/>
        <source>保存并打印访客单 (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="177"/>
        <source>清空 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="320"/>
        <source>这条登记已作废，不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="325"/>
        <source>修改来访登记 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="326"/>
        <source>保存修改 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="357"/>
        <source>已保存：{name}（{number}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="359"/>
        <source>已保存修改：{name}（{number}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="379"/>
        <source>有 {count} 处需要改正，见红字提示。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="406"/>
        <source>{name}&#x3000;{phone}&#x3000;{id}&#x3000;来访 {count} 次，最近 {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="408"/>
        <source>无电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="461"/>
        <source>重访：此前来访 {count} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="465"/>
        <source>⚠ 关注名单：{name}（{on}相符）— {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="69"/>
        <source>搜索 姓名 / 拼音首字母 / 电话 / 身份证号片段 / 事由 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="75"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="76"/>
        <source>最近 7 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="77"/>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="78"/>
        <source>全部日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="79"/>
        <source>自定义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="88"/>
        <source>仅在场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="89"/>
        <source>含作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="122"/>
        <source>登记离开 (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="124"/>
        <source>修改 (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="126"/>
        <source>作废… (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="128"/>
        <source>修改记录 (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="130"/>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="454"/>
        <source>访客单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="132"/>
        <source>打印登记表 (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="134"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="136"/>
        <source>转为信访事项 (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="161"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="219"/>
        <source>门卫只能查看和打印今天的来访登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="227"/>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="288"/>
        <source>共 {count} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="290"/>
        <source>已显示 {count} 条，向下滚动显示更多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="327"/>
        <source>请先在列表中选中一条来访登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="345"/>
        <source>{name} 已于 {time} 离开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="365"/>
        <source>已作废（记录保留）：{s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="382"/>
        <source>请先选择要打印或导出的日期范围。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="405"/>
        <source>来访登记表 {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="408"/>
        <source>正在生成来访登记表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="418"/>
        <source>导出来访登记表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="420"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="437"/>
        <source>已导出：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="438"/>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="472"/>
        <source>操作失败：{e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="31"/>
        <source>作废来访登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="35"/>
        <source>例如：重复登记、登记错人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="40"/>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="44"/>
        <source>作废：{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="45"/>
        <source>作废原因（必填，记录将保留）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/auth/session.py" line="25"/>
        <source>信访台账</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
