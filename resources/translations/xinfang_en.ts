<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="67"/>
        <source>修改记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="70"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="71"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="72"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="73"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="74"/>
        <source>原内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="75"/>
        <source>新内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="54"/>
        <source>来访登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="55"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="75"/>
        <source>数据库：{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="87"/>
        <source>欢迎使用信访台账。请先填写单位名称，再开始来访登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="100"/>
        <source>未设置单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="101"/>
        <source>信访台账 — {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/main_window.py" line="116"/>
        <source>在场来访：{batches} 批 {persons} 人</source>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="46"/>
        <source>例如：邹坞镇中心小学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="52"/>
        <source>每行一项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="61"/>
        <source>单位名称*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="62"/>
        <source>来访类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="63"/>
        <source>可接待的部门和人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="64"/>
        <source>门卫人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="65"/>
        <source>保存设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="67"/>
        <source>单位设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="72"/>
        <source>关注名单（登记时遇到名单上的人会醒目提示）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="76"/>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="97"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="77"/>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="98"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="78"/>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="99"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="79"/>
        <source>关注原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="80"/>
        <source>加入时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="100"/>
        <source>关注原因*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="101"/>
        <source>加入关注名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="103"/>
        <source>移出名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="137"/>
        <source>数据库：{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="154"/>
        <source>设置没有保存，请按红字提示改正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="159"/>
        <source>设置已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="200"/>
        <source>已加入关注名单。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="205"/>
        <source>请先选中名单中的一行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="209"/>
        <source>移出关注名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/settings/page.py" line="209"/>
        <source>确定把“{n}”移出关注名单吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="87"/>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="243"/>
        <source>新来访登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="96"/>
        <source>现在 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="101"/>
        <source>姓名，或拼音首字母如 zs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="106"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="107"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="108"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="110"/>
        <source>手机或座机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="113"/>
        <source>可不填；18 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="117"/>
        <source>集体访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="129"/>
        <source>来访事由（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="135"/>
        <source>被访部门或人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="139"/>
        <source>如 鲁D12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="148"/>
        <source>来访时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="149"/>
        <source>姓名*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="150"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="151"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="152"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="153"/>
        <source>人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="154"/>
        <source>单位/住址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="155"/>
        <source>来访事由*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="156"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="157"/>
        <source>接待对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="158"/>
        <source>登记人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="159"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="160"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="161"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="171"/>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="244"/>
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="174"/>
        <source>保存并打印访客单 (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="176"/>
        <source>清空 (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="319"/>
        <source>这条登记已作废，不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="324"/>
        <source>修改来访登记 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="325"/>
        <source>保存修改 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="356"/>
        <source>已保存：{name}（{number}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="358"/>
        <source>已保存修改：{name}（{number}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="378"/>
        <source>有 {count} 处需要改正，见红字提示。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="403"/>
        <source>{name}&#x3000;{phone}&#x3000;{id}&#x3000;来访 {count} 次，最近 {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="405"/>
        <source>无电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="458"/>
        <source>重访：此前来访 {count} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/form.py" line="462"/>
        <source>⚠ 关注名单：{name}（{on}相符）— {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="66"/>
        <source>搜索 姓名 / 拼音首字母 / 电话 / 身份证号片段 / 事由 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="72"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="73"/>
        <source>最近 7 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="74"/>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="75"/>
        <source>全部日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="76"/>
        <source>自定义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="85"/>
        <source>仅在场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="86"/>
        <source>含作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="119"/>
        <source>登记离开 (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="121"/>
        <source>修改 (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="123"/>
        <source>作废… (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="125"/>
        <source>修改记录 (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="127"/>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="425"/>
        <source>访客单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="129"/>
        <source>打印登记表 (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="131"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="149"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="211"/>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="272"/>
        <source>共 {count} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="274"/>
        <source>已显示 {count} 条，向下滚动显示更多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="311"/>
        <source>请先在列表中选中一条来访登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="329"/>
        <source>{name} 已于 {time} 离开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="349"/>
        <source>已作废（记录保留）：{s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="361"/>
        <source>请先选择要打印或导出的日期范围。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="381"/>
        <source>来访登记表 {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="384"/>
        <source>正在生成来访登记表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="394"/>
        <source>导出来访登记表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="396"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="410"/>
        <source>已导出：{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="411"/>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/page.py" line="443"/>
        <source>操作失败：{e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="30"/>
        <source>作废来访登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="34"/>
        <source>例如：重复登记、登记错人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="39"/>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="43"/>
        <source>作废：{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/xinfang_desktop/ui/visits/dialogs.py" line="44"/>
        <source>作废原因（必填，记录将保留）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
