@echo off
rem kafka-configs: Kafka 4.3.1's kafka.admin.ConfigCommand, as Kafka's bin\windows\kafka-configs.bat runs it; the same arguments as
rem bin/kafka-configs.sh and the book's kafka-configs.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" kafka.admin.ConfigCommand %*
exit /b %ERRORLEVEL%
