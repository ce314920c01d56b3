; Inno Setup script for the Windows installer of 信访台账.
; Build the one-folder bundle first (pyinstaller --noconfirm build.spec), then:
;   iscc /DAppVersion=0.1.0 installer\xinfang.iss
; Output: dist\xinfang-desktop-setup-<version>.exe
;
; The program keeps its data (database, backups, logs) in %LOCALAPPDATA%\xinfang-desktop, which
; platformdirs chooses; the installer never writes there and the uninstaller never deletes it,
; so upgrades and reinstalls keep every record.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0C2B8E-6C2F-4C55-9B7D-1F4A2B9E7C31}
AppName=信访台账
AppVersion={#AppVersion}
AppVerName=信访台账 {#AppVersion}
AppPublisher=xinfang-desktop
DefaultDirName={autopf}\xinfang-desktop
DefaultGroupName=信访台账
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights (a school PC's usual account);
; an administrator may still choose "all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=xinfang-desktop-setup-{#AppVersion}
SetupIconFile=..\resources\icons\xinfang.ico
UninstallDisplayIcon={app}\xinfang-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
; ChineseSimplified.isl is among the official translations of Inno Setup 6.4 and later.
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; Upgrades replace the program folder whole, so no file of an old version lingers.
Source: "..\dist\xinfang-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\信访台账"; Filename: "{app}\xinfang-desktop.exe"
Name: "{group}\卸载信访台账"; Filename: "{uninstallexe}"
Name: "{autodesktop}\信访台账"; Filename: "{app}\xinfang-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\xinfang-desktop.exe"; Description: "{cm:LaunchProgram,信访台账}"; Flags: nowait postinstall skipifsilent
