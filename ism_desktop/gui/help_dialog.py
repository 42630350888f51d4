"""Ayuda (F1): what the percentages, colours, findings and the package mean, in plain Spanish."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from ism_desktop.gui.dialog_buttons import add_close
from ism_desktop.gui.screen_fit import fit_to_screen

HELP_HTML = """
<h2>Ayuda de ISM Avance</h2>

<h3>Dos porcentajes: el oficial y el de la meta modificada</h3>
<p>El <b>% de avance oficial</b> es lo realizado del trimestre entre lo programado
<b>original</b> del trimestre, por cien, truncado a dos decimales. Es el que cuenta en el
informe y el que se imprime.</p>
<p>El <b>% contra lo modificado</b> compara lo realizado con la <b>meta modificada</b>. Es solo
una referencia, pero es el que suelen citar las evaluaciones. Por eso pueden ser muy distintos:
con un original de 50, una meta modificada de 30 y un realizado de 39, el oficial es
<b>78.00%</b> y contra lo modificado es <b>130.00%</b>. Los dos son correctos; el informe usa
el oficial.</p>
<p>Si en el trimestre no se programó nada, no hay porcentaje que medir: se lee
«sin programación» («sin prog.» en la lista de metas). Si falta lo realizado, «sin reportar»
(en la lista de metas, «—»).</p>

<h3>El semáforo</h3>
<p>El color del % oficial: <b>verde</b> de 90% a 110%; <b>ámbar</b> de 70% a 90% o de
110% a 130%; <b>rojo</b> por debajo de 70% o por encima de 130%; <b>gris</b> sin programación
o sin reportar.</p>

<h3>Errores y avisos</h3>
<p>Un <b>error</b> (marca roja) impide exportar el paquete: una suma que no cuadra, una cifra
negativa, lo realizado que falta en el trimestre, la evaluación vacía… Hay que corregirlo.
En la unidad coordinadora, los de una unidad que aún no entrega su paquete del trimestre van en
ámbar: sus cifras son las del informe oficial y las suyas llegan en su paquete.</p>
<p>Un <b>aviso</b> (marca ámbar) se permite, pero pide una explicación: elija el aviso y use
<i>Justificar aviso…</i> para escribir la razón, o márquelo como «enterado». La justificación
viaja con el paquete; guardada por error, en <i>Justificar aviso…</i> se corrige o se quita
(<i>Quitar justificación</i>). <i>Ir al campo</i> lleva a la cifra o al texto que hay que revisar.
<i>Filtrar avisos…</i> deja en la lista los que llevan las palabras escritas (unidad, meta o
mensaje); Esc lo borra.
Si después cambian las cifras y el aviso dice otra cosa, la justificación anterior ya no cuenta:
el aviso aparece como «cambió desde su justificación» y <i>Justificar aviso…</i> ofrece el texto
anterior para confirmarlo o corregirlo.</p>

<h3>La meta modificada</h3>
<p>La unidad no cambia la meta modificada: con <i>Solicitar cambio de meta modificada…</i>
pide el cambio y da su motivo. Es una <b>solicitud</b>: viaja en el paquete a la unidad
coordinadora, que decide. Esta computadora ya usa la cifra nueva y el motivo justifica el
aviso de meta modificada; si la rechaza, vuelven la cifra y la justificación anteriores.
<i>Deshacer</i> retira una solicitud aún no enviada (el <i>Historial de cambios</i> la muestra
como retirada); una enviada no se deshace: se solicita otro cambio. Una meta con solicitud
pendiente lleva ⇄ en la lista; la barra de estado dice cuántas hay.</p>

<h3>El paquete</h3>
<p><i>Archivo → Exportar paquete…</i> revisa primero que no haya errores y luego guarda un
archivo <b>.ismpaq</b> con las cifras, las evaluaciones, las justificaciones, el PDF y el Excel
del informe. Cada archivo lleva una huella que detecta si se dañó o quedó incompleto en el
camino, y cada envío un número que crece: la coordinación rechaza un paquete dañado, cortado,
ajeno o más viejo que el último recibido. La huella no es una firma: no protege de quien cambie
los datos a propósito, que puede calcular huellas nuevas; reciba paquetes solo de quien los
envía. Entregue el archivo a la Dirección de Evaluación y Seguimiento Técnico
(unidad 002) por el medio de costumbre.</p>
<p>Si reabre un trimestre ya enviado (<i>Año → Cerrar o reabrir un trimestre…</i>) y lo corrige,
exporte primero su paquete corregido: el del trimestre siguiente espera hasta entonces, y la
barra de estado recuerda el trimestre que falta reenviar. Cerrarlo a mano no lo envía: con
cambios sin enviar no se cierra (exportarlo lo cierra).</p>

<h3>El trimestre y el año</h3>
<p>El ejercicio y el trimestre que se informan se eligen en <i>Archivo → Configuración de esta
computadora…</i>; la barra de estado dice la fecha de entrega del trimestre y cuántos días
faltan. Exportar el paquete cierra el trimestre: sus cifras y su evaluación quedan de solo
consulta; para corregirlas se reabre con un motivo (<i>Año → Cerrar o reabrir un
trimestre…</i>) y se exporta de nuevo. Cerrado el trimestre (al exportar o a mano), la ventana
pregunta si se pasa a informar el siguiente; cerrado el cuarto, dice cómo llega el año
siguiente.</p>
<p>El programa del año nuevo lo manda la unidad coordinadora como <b>programa base</b>: se recibe
con <i>Archivo → Recibir paquetes…</i> y la ventana pregunta si ya se trabaja en el año nuevo.
Si aún falta entregar el cuarto trimestre, responda que sigue en el año anterior; la barra de
estado recuerda que el nuevo ya está, hasta que se cambie en la configuración.</p>

<h3>Cifras, deshacer e informe oficial</h3>
<p>Una cifra se guarda con Enter o Tab; <b>Esc</b> devuelve la cifra guardada sin guardar lo
escrito. Se puede pegar una celda copiada de Excel. Los miles se separan con coma o con espacio
(«1,234» o «1 234») y los decimales con punto.</p>
<p><i>Editar → Deshacer</i> (Ctrl+Z) y <i>Rehacer</i> (Ctrl+Y) llevan a la meta que cambia y
dicen en la barra de estado qué deshicieron o rehicieron, aunque sea otra que la que está en
pantalla.</p>
<p><i>Archivo → Importar informe oficial…</i> pregunta antes si el informe reemplaza cifras o
textos que ya tiene esta computadora, y los enumera; antes de importar guarda una copia de los
datos (<i>Archivo → Restaurar copia…</i>).</p>

<h3><a name="paimef"></a>La ventana del PAIMEF</h3>
<p>Se abre en <i>PAIMEF → Programa Anual, plazos e indicadores…</i>: el Programa Anual con sus
acciones y metas, las fechas y plazos de las Reglas de Operación, los indicadores del Anexo 5 y
el historial de cambios. Un aviso de su lista se justifica con <i>Justificar aviso…</i> (o Enter
en el aviso). Tiene su propio
<i>Editar → Deshacer</i> (Ctrl+Z) y <i>Rehacer</i> (Ctrl+Y), de uno en uno: una acción, una
fecha, un indicador, la justificación de un aviso, los días inhábiles. Lo escrito sin guardar en
una acción se deshace primero. Lo que otro cambio (una importación, un comando) tocó después no
se deshace: se dice por qué. Ahí Alt+A <i>Archivo</i> (importar, exportar, el informe y su
impresión; Ctrl+P imprime), Alt+D <i>Editar</i>, Alt+I el ejercicio, Alt+M la lista de acciones y
Alt+5 la pestaña de indicadores.</p>

<h3>Pasos de la unidad coordinadora (002)</h3>
<ol>
<li><i>Año → Fechas de entrega…</i>: la fecha de cada trimestre (con el día primero,
15/04/2025; con el año en dos cifras, 15/04/25, es de 2000 en adelante); viaja en el programa
base y el tablero marca quién va atrasado.</li>
<li><i>Coordinación → Enviar programa base a las unidades…</i>: un paquete por unidad con sus
metas.</li>
<li>Recibir los paquetes de las unidades (<i>Coordinación → Recibir paquetes…</i>, también en
<i>Archivo</i>; doble clic o
arrastrándolos a la ventana). Antes de guardar nada se ve qué cambia y qué se rechaza.</li>
<li>Las solicitudes de cambio de meta modificada se ven junto a cada meta; no se aplican
solas: se aprueban o rechazan en <i>Coordinación → Solicitudes de cambio de meta…</i></li>
<li><i>Coordinación → Tablero de entregas…</i>: quién falta y cómo va cada unidad.</li>
<li><i>Agregar observación a la meta…</i> (de otra unidad) y <i>Enviar observaciones a una
unidad…</i>, que dice junto a cada unidad cuántas observaciones faltan por enviar.</li>
<li><i>Archivo → Imprimir…</i>: el informe consolidado de todo el Instituto.</li>
<li>Un trimestre se cierra o se reabre a mano, con un motivo, en <i>Año → Cerrar o reabrir un
trimestre…</i>; cerrado el trimestre en todas las unidades (al recibir el último paquete o al
cerrarlo a mano), la ventana pregunta si se pasa a informar el siguiente.</li>
<li>El programa del año siguiente: <i>Año → Programa de un año nuevo…</i>; luego <i>Año →
Escribir plantilla del programa…</i> (se llena en Excel) y <i>Año → Importar plantilla
llenada…</i>, o meta por meta en <i>Año → Metas del programa (agregar, editar, retirar)…</i>;
al final, <i>Año → Aprobar el programa del año…</i>; después, trabajando ya en ese año,
<i>Coordinación → Enviar programa base a las unidades…</i></li>
</ol>
<p>Las metas de la unidad 002 se capturan aquí mismo y no viajan: en su menú <i>Archivo</i> no
está <i>Exportar paquete…</i>.</p>

<h3>Teclas</h3>
<p>F1 esta ayuda · Ctrl+F buscar (↓ a las metas encontradas, Enter a su cifra) · Alt+1
lista de metas · Alt+2 lo realizado · Alt+3 la evaluación · Alt+4 errores y avisos · Enter, ↑
y ↓ entre NUM y DEN · Ctrl+Z deshacer · Ctrl+Y rehacer · Esc devolver la cifra guardada ·
Ctrl+H historial de cambios de la meta · Ctrl+I importar informe oficial · Ctrl+R recibir
paquetes · Ctrl+E exportar paquete (unidades) · Ctrl+P imprimir · Ctrl+Q salir.</p>
"""


class HelpDialog(QDialog):
    """The help text in a window of its own, readable beside the main one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Ayuda de ISM Avance")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName("Texto de la ayuda")
        self.text.setHtml(HELP_HTML)
        layout.addWidget(self.text)
        add_close(self, layout)
        fit_to_screen(self, QSize(720, 640), parent)
