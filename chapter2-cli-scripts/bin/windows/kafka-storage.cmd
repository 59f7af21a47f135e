@echo off
rem kafka-storage: Kafka 4.3.1's kafka.tools.StorageTool, as Kafka's bin\windows\kafka-storage.bat runs it; the same arguments as
rem bin/kafka-storage.sh and the book's kafka-storage.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" kafka.tools.StorageTool %*
exit /b %ERRORLEVEL%
