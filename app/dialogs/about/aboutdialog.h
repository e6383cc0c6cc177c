#pragma once

#include <QDialog>

namespace acc {

// Help > About Accountable: the icon, the version, the licence (its whole text one click
// away) and where the application keeps things on this computer: the settings file, the
// data folder (the demo company) and the cache (the customer-base fits), and the company
// open now.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &companySpec, QWidget *parent = nullptr);

    // The text of the "where" part, as shown (tests read it).
    QString placesText() const { return m_places; }

private:
    QString m_places;
};

} // namespace acc
