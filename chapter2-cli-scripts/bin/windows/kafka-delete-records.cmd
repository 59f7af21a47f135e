@echo off
rem kafka-delete-records: Kafka 4.3.1's org.apache.kafka.tools.DeleteRecordsCommand, as Kafka's bin\windows\kafka-delete-records.bat runs it; the same arguments as
rem bin/kafka-delete-records.sh and the book's kafka-delete-records.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" org.apache.kafka.tools.DeleteRecordsCommand %*
exit /b %ERRORLEVEL%
