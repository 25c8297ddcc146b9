"""The app's look: a readable side bar, page titles, problem text (one stylesheet)."""

STYLESHEET = """
QListWidget#sidebar {
    background: #1f3a5f;
    color: #ffffff;
    border: none;
    font-size: 11pt;
    outline: 0;
}
QListWidget#sidebar::item {
    padding: 10px 14px;
}
QListWidget#sidebar::item:selected {
    background: #e8a33d;
    color: #1f1f1f;
}
QLabel#pageTitle {
    font-size: 15pt;
    font-weight: bold;
    color: #1f3a5f;
    padding: 4px 0 6px 0;
}
QLabel#hint {
    color: #555555;
    font-size: 9pt;
}
QLabel#problem, QLabel#errorLabel {
    color: #b00020;
}
QPushButton#dangerButton {
    color: #b00020;
}
QLabel#editorStatus {
    color: #1f3a5f;
}
QGroupBox {
    font-weight: bold;
    margin-top: 12px;
}
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QCheckBox {
    font-weight: normal;
}
QGroupBox QLabel#figureHeader {
    font-weight: bold;
    color: #1f3a5f;
}
QGroupBox QLabel#figure {
    font-size: 11pt;
}
"""
