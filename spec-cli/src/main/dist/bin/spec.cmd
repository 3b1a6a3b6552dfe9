@rem spec: the specdriven command-line tool, for Windows.
@rem
@rem Finds Java in JAVA_HOME, else java on PATH; passes every argument through and exits with the tool's
@rem exit code. JAVA_OPTS and SPEC_OPTS add JVM options; SPEC_CDS=off runs without class-data sharing.
@rem With JAVA_HOME set to a JDK 19 or newer, the JVM keeps a class-data-sharing archive for this version
@rem of spec in %LOCALAPPDATA%\specdriven, made on the first run and remade when it no longer fits.
@echo off
setlocal
set "APP_HOME=%~dp0.."
set "CDS="
if defined JAVA_HOME goto javaHome
where /q java.exe
if errorlevel 1 (
  echo spec: no java found: install a JDK 17 or newer, put its bin on PATH or set JAVA_HOME 1>&2
  exit /b 127
)
set "JAVA_EXE=java.exe"
goto run

:javaHome
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto cds
echo spec: JAVA_HOME is '%JAVA_HOME%', which has no bin\java.exe: point it at a JDK 17 or newer, or unset it to use java from PATH 1>&2
exit /b 127

:cds
if /i "%SPEC_CDS%"=="off" goto run
if not defined LOCALAPPDATA goto run
if not exist "%JAVA_HOME%\release" goto run
set "JAVA_FEATURE="
for /f "usebackq tokens=1,2 delims==." %%a in ("%JAVA_HOME%\release") do if "%%a"=="JAVA_VERSION" set "JAVA_FEATURE=%%~b"
if not defined JAVA_FEATURE goto run
set "JAVA_FEATURE=%JAVA_FEATURE:"=%"
if not defined JAVA_FEATURE goto run
if %JAVA_FEATURE% LSS 19 goto run
if not exist "%LOCALAPPDATA%\specdriven" mkdir "%LOCALAPPDATA%\specdriven" >nul 2>&1
set CDS=-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%LOCALAPPDATA%\specdriven\spec-@project.version@.jsa" -Xshare:auto -Xlog:cds*=off -Xlog:class+path*=off
if %JAVA_FEATURE% GEQ 25 set CDS=%CDS% -Xlog:aot*=off

:run
"%JAVA_EXE%" %JAVA_OPTS% %SPEC_OPTS% %CDS% -cp "%APP_HOME%\lib\@project.build.finalName@.jar;@spec.classpath.deps.cmd@" io.specdriven.cli.SpecTool %*
exit /b %ERRORLEVEL%
