@echo off
rem kafka-topics: Kafka 4.3.1's org.apache.kafka.tools.TopicCommand, as Kafka's bin\windows\kafka-topics.bat runs it; the same arguments as
rem bin/kafka-topics.sh and the book's kafka-topics.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" org.apache.kafka.tools.TopicCommand %*
exit /b %ERRORLEVEL%
