@echo off
rem kafka-consumer-perf-test: Kafka 4.3.1's org.apache.kafka.tools.ConsumerPerformance, as Kafka's bin\windows\kafka-consumer-perf-test.bat runs it; the same arguments as
rem bin/kafka-consumer-perf-test.sh and the book's kafka-consumer-perf-test.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" org.apache.kafka.tools.ConsumerPerformance %*
exit /b %ERRORLEVEL%
