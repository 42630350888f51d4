; ISM Avance: the Windows installer, for one user and without administrator rights.
;
; installer/build compiles it after the PyInstaller bundle:
;   makensis -DVERSION=0.1.0 -DBUNDLE_DIR=<dist/ISM Avance> -DOUTFILE=<setup.exe> ism_avance.nsi
; On Linux it is compiled against the Linux bundle (-DAPP_EXE="ISM Avance") only to prove the
; script is valid: that setup file holds Linux programs and is never handed out.
;
; What it does: copies the bundle to %LOCALAPPDATA%\Programs\ISM Avance, adds Start-menu and
; desktop shortcuts, opens the units' packages (*.ismpaq) in the program on a double click, and
; registers an uninstaller in «Aplicaciones instaladas». Everything under HKCU: no UAC prompt.
; The user's data (%LOCALAPPDATA%\ISM\ISM Avance: database, backups, settings) is never touched.

; The bundled program is 64-bit, so is its installer (and its uninstaller).
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
!ifdef NO_COMPRESSION
  ; The Linux proof build only shows that the script compiles: two minutes of LZMA buy nothing.
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\dist\ISM Avance"
!endif
!ifndef APP_EXE
  !define APP_EXE "ISM Avance.exe"
!endif
!ifndef CLI_EXE
  !define CLI_EXE "ism-desktop.exe"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\ISM-Avance-${VERSION}-instalador.exe"
!endif

!define APP_NAME "ISM Avance"
!define PUBLISHER "Instituto Sonorense de las Mujeres"
!define APP_ID "ISMAvance"
!define UNINSTALLER "Desinstalar ${APP_NAME}.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define PACKAGE_EXT ".ismpaq"
!define PACKAGE_PROGID "ISMAvance.Paquete"
!define SHCNE_ASSOCCHANGED 0x08000000

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
; Fixed, per-user folder: no directory page, so the uninstaller can never be pointed at a folder
; that holds anything but the program.
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
BrandingText "${PUBLISHER}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1034 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1034 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1034 "FileDescription" "Instalador de ${APP_NAME}"
VIAddVersionKey /LANG=1034 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1034 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1034 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "..\resources\icons\ism-avance.ico"
!define MUI_UNICON "..\resources\icons\ism-avance.ico"
!define MUI_ABORTWARNING
!define MUI_ABORTWARNING_TEXT "¿Cancelar la instalación de ${APP_NAME}?"

!define MUI_WELCOMEPAGE_TITLE "Instalar ${APP_NAME} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "${APP_NAME} prepara el Informe de Avance Programático \
(ETCA-III-04) del ${PUBLISHER}.$\r$\n$\r$\nSe instalará solo para este usuario de Windows; \
no se necesitan permisos de administrador.$\r$\n$\r$\nSi ya tenía una versión anterior, sus \
datos se conservan y se actualizan al abrir el programa (antes se guarda una copia de seguridad)."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "${APP_NAME} está instalado"
!define MUI_FINISHPAGE_TEXT "Lo encontrará en el menú Inicio y en el escritorio. Los paquetes \
de las unidades (*${PACKAGE_EXT}) se abren en ${APP_NAME} con doble clic."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Abrir ${APP_NAME} ahora"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "Se desinstaló ${APP_NAME}"
!define MUI_FINISHPAGE_TEXT "Sus datos no se borraron: la base de datos, las copias de \
seguridad y la configuración siguen en $LOCALAPPDATA\ISM\ISM Avance. Bórrelos a mano solo si \
ya no los necesita."
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "Spanish"

; A running program keeps its files locked: ask to close it instead of leaving half a copy.
!macro WAIT_UNTIL_CLOSED
  ${Do}
    ClearErrors
    ${IfNot} ${FileExists} "$INSTDIR\${APP_EXE}"
      ${Break}
    ${EndIf}
    FileOpen $0 "$INSTDIR\${APP_EXE}" a
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    ${If} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP_NAME} está abierto. \
        Ciérrelo (sus datos ya están guardados) y pulse Reintentar." /SD IDCANCEL IDCANCEL`
      Abort
    ${EndIf}
  ${Loop}
!macroend

Section "${APP_NAME}" SectionProgram
  SectionIn RO
  SetShellVarContext current
  !insertmacro WAIT_UNTIL_CLOSED
  ; Another version's bundle has other files: remove the old ones instead of mixing them.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" \
    "$INSTDIR\${APP_EXE}" 0 SW_SHOWNORMAL "" "Informe de avance programático ETCA-III-04"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\Desinstalar ${APP_NAME}.lnk" \
    "$INSTDIR\${UNINSTALLER}"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ; The package extension, for this user only (HKCU\Software\Classes needs no administrator).
  WriteRegStr HKCU "Software\Classes\${PACKAGE_EXT}" "" "${PACKAGE_PROGID}"
  WriteRegStr HKCU "Software\Classes\${PACKAGE_EXT}" "Content Type" "application/x-ism-avance-paquete"
  WriteRegStr HKCU "Software\Classes\${PACKAGE_EXT}\OpenWithProgids" "${PACKAGE_PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PACKAGE_PROGID}" "" "Paquete de ${APP_NAME}"
  WriteRegStr HKCU "Software\Classes\${PACKAGE_PROGID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PACKAGE_PROGID}\shell" "" "open"
  WriteRegStr HKCU "Software\Classes\${PACKAGE_PROGID}\shell\open" "" "Abrir con ${APP_NAME}"
  WriteRegStr HKCU "Software\Classes\${PACKAGE_PROGID}\shell\open\command" "" \
    '"$INSTDIR\${APP_EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'

  ; «Aplicaciones instaladas» (Settings) and «Programas y características».
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro WAIT_UNTIL_CLOSED

  Delete "$DESKTOP\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\Desinstalar ${APP_NAME}.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"

  ; The extension is given back only if it is still ours (another program may have taken it).
  ReadRegStr $0 HKCU "Software\Classes\${PACKAGE_EXT}" ""
  ${If} $0 == "${PACKAGE_PROGID}"
    DeleteRegValue HKCU "Software\Classes\${PACKAGE_EXT}" ""
    DeleteRegValue HKCU "Software\Classes\${PACKAGE_EXT}" "Content Type"
  ${EndIf}
  DeleteRegValue HKCU "Software\Classes\${PACKAGE_EXT}\OpenWithProgids" "${PACKAGE_PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\${PACKAGE_EXT}\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\${PACKAGE_EXT}"
  DeleteRegKey HKCU "Software\Classes\${PACKAGE_PROGID}"
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  ; The program's own files by name, then the folder only if it is empty: never a recursive
  ; delete of a folder that might hold anything else. The data folder is elsewhere and stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
SectionEnd
