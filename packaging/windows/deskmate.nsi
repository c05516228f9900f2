; Deskmate installer for Windows (NSIS 3). Per-user: no administrator rights needed.
; Build: makensis -DVERSION=0.1.0 -DPAYLOAD=..\..\dist\Deskmate -DOUTFILE=..\..\dist\Deskmate-Setup.exe deskmate.nsi
; The uninstaller removes the program and keeps the user's data unless they ask to delete it.
Unicode true
!include "MUI2.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\Deskmate"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\Deskmate-${VERSION}-Setup.exe"
!endif

Name "Deskmate"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Deskmate"
InstallDirRegKey HKCU "Software\Deskmate" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Deskmate"
!define DATA_DIR "$LOCALAPPDATA\Deskmate"

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\Deskmate.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"

Section "Deskmate" SecMain
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateDirectory "$SMPROGRAMS\Deskmate"
  CreateShortcut "$SMPROGRAMS\Deskmate\Deskmate.lnk" "$INSTDIR\Deskmate.exe"
  CreateShortcut "$SMPROGRAMS\Deskmate\Uninstall Deskmate.lnk" "$INSTDIR\Uninstall.exe"
  WriteRegStr HKCU "Software\Deskmate" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Deskmate"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Deskmate"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\Deskmate.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  RMDir /r "$INSTDIR"
  RMDir /r "$SMPROGRAMS\Deskmate"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Deskmate"
  ; Conversations, documents index and settings stay unless the user explicitly asks (default: keep).
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 \
    "Also delete your Deskmate conversations, document index and settings in ${DATA_DIR}?" \
    /SD IDNO IDNO keep_data
  RMDir /r "${DATA_DIR}"
  keep_data:
SectionEnd
