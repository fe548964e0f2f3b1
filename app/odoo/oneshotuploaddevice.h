// OneShotUploadDevice: a request body that can be read only once. Qt's HTTP stack silently
// sends a request again when a connection closes before any answer; for a write that could
// apply a decision twice. With this body the second send fails (ContentReSendError) instead,
// and the caller learns that the outcome is unknown and must be re-read.
#pragma once

#include <QIODevice>

class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUploadDevice(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};
