"""Import an XLSForm (the ODK / KoboToolbox spreadsheet format) as a focalpoint form definition.

``focalpoint forms import FILE.xlsx`` calls :func:`xlsform_to_form`, which reads the workbook
with pyxform (every rule pyxform enforces still applies), converts the survey into a mapping
valid against ``forms/form.schema.json`` and returns, as :class:`Note` codes that
``domain.messages`` translates, every XLSForm feature that could not be carried over.
:func:`write_form` then saves the definition in the forms folder without ever replacing a form
by an older or equal version. What is converted and what is not: ``docs/forms.md``.

Steps, one module each: ``reader`` (workbook), ``settings`` (id, version, title), ``survey``
(groups and repeats), ``question_types``, ``fields``, ``labels``, ``choices``,
``expressions`` (relevant, constraint, calculate, on top of ``xpath``), ``columns`` (what is
not read), ``build`` (sections, key fields, schema check), ``writer``; ``notes`` and
``context`` hold what the steps share.
"""

from focalpoint.xlsform.build import SCHEMA_PATH, XlsFormResult, xlsform_to_form
from focalpoint.xlsform.notes import Note
from focalpoint.xlsform.writer import write_form

__all__ = ["SCHEMA_PATH", "Note", "XlsFormResult", "write_form", "xlsform_to_form"]
