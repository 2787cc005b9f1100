; Inno Setup script of the phigiay desktop client for Windows (64-bit, per machine).
; Step by step: installers/windows/README.md. In short, on Windows, from the repository root:
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installers\pyinstaller\phigiay.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installers\windows\phigiay.iss
; Result: dist\phigiay-<version>-setup.exe. Needs Inno Setup 6.3 or later. This file is UTF-8
; with a byte-order mark (Inno Setup reads Vietnamese text only so).
;
; Silent installation by IT (every parameter optional):
;   phigiay-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;       /SERVER=https://vanban.example.gov.vn /TOKENMODULE="C:\Windows\System32\vendor-pkcs11.dll"
;       /CLIENTLANG=vi /TASKS="desktopicon"
; The machine-wide configuration %ProgramData%\phigiay\client.toml is written from these values
; (or from the wizard's server page); an existing file is kept unless values are given.

#define AppName "Phi giấy — Văn phòng điện tử"
#define AppExe "phigiay.exe"
#ifndef AppVersion
  ; the version resource the PyInstaller spec put into phigiay.exe (from pyproject.toml)
  #define AppVersion GetVersionNumbersString(AddBackslash(SourcePath) + "..\..\dist\phigiay\phigiay.exe")
#endif

[Setup]
; Never change AppId: upgrades and the uninstaller find the installation by it.
AppId={{45BD778A-56FB-4BD5-ABF2-C8D123E0D01A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=phigiay
VersionInfoVersion={#AppVersion}
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=phigiay-{#AppVersion}-setup
DefaultDirName={autopf}\phigiay
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
SetupIconFile=installers\windows\phigiay.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; Vietnamese is an unofficial Inno Setup translation: put Vietnamese.isl next to this file
; (README.md, step 5); without it the installer speaks English and French only.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vi"; MessagesFile: "installers\windows\Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.ServerCaption=Agency server
en.ServerDescription=Settings for every user of this computer
en.ServerHint=The address of the agency's phigiay server and, if the signing tokens need one, the PKCS#11 library of their vendor. Each user can still change them; leave a field empty to set nothing.
en.ServerAddress=Server address (e.g. https://vanban.example.gov.vn):
en.TokenModule=PKCS#11 library of the signing tokens (.dll), optional:
en.ServerInvalid=The server address must start with https:// (or http://) and contain no apostrophe.
en.TokenInvalid=The token library path must not contain an apostrophe.
fr.ServerCaption=Serveur de l'administration
fr.ServerDescription=Réglages pour tous les utilisateurs de cet ordinateur
fr.ServerHint=L'adresse du serveur phigiay de l'administration et, si les jetons de signature en demandent une, la bibliothèque PKCS#11 de leur fabricant. Chaque utilisateur peut encore les changer ; laissez un champ vide pour ne rien régler.
fr.ServerAddress=Adresse du serveur (p. ex. https://vanban.example.gov.vn) :
fr.TokenModule=Bibliothèque PKCS#11 des jetons de signature (.dll), facultatif :
fr.ServerInvalid=L'adresse du serveur doit commencer par https:// (ou http://) et ne contenir aucune apostrophe.
fr.TokenInvalid=Le chemin de la bibliothèque des jetons ne doit contenir aucune apostrophe.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
vi.ServerCaption=Máy chủ của cơ quan
vi.ServerDescription=Cấu hình chung cho mọi người dùng máy tính này
vi.ServerHint=Địa chỉ máy chủ phigiay của cơ quan và, nếu USB token ký số cần, thư viện PKCS#11 của nhà cung cấp. Mỗi người dùng vẫn có thể thay đổi; để trống nếu không đặt.
vi.ServerAddress=Địa chỉ máy chủ (ví dụ https://vanban.example.gov.vn):
vi.TokenModule=Thư viện PKCS#11 của USB token ký số (.dll), không bắt buộc:
vi.ServerInvalid=Địa chỉ máy chủ phải bắt đầu bằng https:// (hoặc http://) và không chứa dấu nháy đơn.
vi.TokenInvalid=Đường dẫn thư viện token không được chứa dấu nháy đơn.
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the whole bundle: no library of the previous version may linger
Type: filesandordirs; Name: "{app}\_internal"

[Dirs]
; kept on uninstall: the configuration belongs to IT
Name: "{commonappdata}\phigiay"; Flags: uninsneveruninstall

[Files]
Source: "dist\phigiay\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "installers\linux\client.toml.example"; DestDir: "{commonappdata}\phigiay"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[Code]
var
  ServerPage: TInputQueryWizardPage;
  ServerPageShown: Boolean;

function ConfigFile(): String;
begin
  Result := ExpandConstant('{commonappdata}\phigiay\client.toml');
end;

function Param(const Name: String): String;
begin
  Result := Trim(ExpandConstant('{param:' + Name + '|}'));
end;

function ParamsGiven(): Boolean;
begin
  Result := (Param('SERVER') <> '') or (Param('TOKENMODULE') <> '') or (Param('CLIENTLANG') <> '');
end;

function ClientLanguage(): String;
begin
  Result := Lowercase(Param('CLIENTLANG'));
  if (Result <> 'vi') and (Result <> 'en') and (Result <> 'fr') then
    Result := ActiveLanguage();  { the [Languages] names are the client's codes }
end;

function ServerValue(): String;
begin
  Result := Trim(ServerPage.Values[0]);
  if (Result = 'https://') or (Result = 'http://') then
    Result := '';
end;

function ServerValid(const Server: String): Boolean;
begin
  Result := (Server = '') or (((Pos('https://', Lowercase(Server)) = 1) or
    (Pos('http://', Lowercase(Server)) = 1)) and (Pos('''', Server) = 0));
end;

procedure InitializeWizard();
begin
  ServerPage := CreateInputQueryPage(wpSelectTasks, CustomMessage('ServerCaption'),
    CustomMessage('ServerDescription'), CustomMessage('ServerHint'));
  ServerPage.Add(CustomMessage('ServerAddress'), False);
  ServerPage.Add(CustomMessage('TokenModule'), False);
  ServerPage.Values[0] := Param('SERVER');
  if ServerPage.Values[0] = '' then
    ServerPage.Values[0] := 'https://';
  ServerPage.Values[1] := Param('TOKENMODULE');
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  { keep what IT already deployed (group policy, an earlier installation) }
  Result := (PageID = ServerPage.ID) and FileExists(ConfigFile()) and not ParamsGiven();
end;

procedure CurPageChanged(CurPageID: Integer);
begin
  if CurPageID = ServerPage.ID then
    ServerPageShown := True;
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if CurPageID = ServerPage.ID then
  begin
    if not ServerValid(ServerValue()) then
    begin
      MsgBox(CustomMessage('ServerInvalid'), mbError, MB_OK);
      Result := False;
    end
    else if Pos('''', ServerPage.Values[1]) > 0 then
    begin
      MsgBox(CustomMessage('TokenInvalid'), mbError, MB_OK);
      Result := False;
    end;
  end;
end;

procedure WriteConfig();
var
  Lines: TArrayOfString;
  Server, Module: String;
  Count: Integer;
begin
  Server := ServerValue();
  Module := Trim(ServerPage.Values[1]);
  if not ServerValid(Server) then
  begin
    Log('Ignoring the invalid server address ' + Server);
    Server := '';
  end;
  if Pos('''', Module) > 0 then
  begin
    Log('Ignoring the invalid token library ' + Module);
    Module := '';
  end;
  SetArrayLength(Lines, 12);
  Count := 0;
  Lines[Count] := '# phigiay: machine-wide client settings, written by the installer.'; Count := Count + 1;
  Lines[Count] := '# Every user''s own choice overrides them. See client.toml.example beside this file.'; Count := Count + 1;
  { TOML literal strings ('...'): Windows paths need no escaping }
  if Server <> '' then
  begin
    Lines[Count] := '[connection]'; Count := Count + 1;
    Lines[Count] := 'server_url = ''' + Server + ''''; Count := Count + 1;
  end;
  if Module <> '' then
  begin
    Lines[Count] := '[signing]'; Count := Count + 1;
    Lines[Count] := 'token_module = ''' + Module + ''''; Count := Count + 1;
  end;
  Lines[Count] := '[interface]'; Count := Count + 1;
  Lines[Count] := 'language = ''' + ClientLanguage() + ''''; Count := Count + 1;
  SetArrayLength(Lines, Count);
  ForceDirectories(ExtractFileDir(ConfigFile()));
  if SaveStringsToUTF8File(ConfigFile(), Lines, False) then
    Log('Wrote ' + ConfigFile())
  else
    Log('Could not write ' + ConfigFile());
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    if ServerPageShown or ParamsGiven() or not FileExists(ConfigFile()) then
      WriteConfig();
end;
